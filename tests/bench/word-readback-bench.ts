// Read-back of a returned review copy (issue 9, "Speed"): a 30-page item exported as the review
// copy (its open comments as Word comments, the changes since the previous version as tracked
// changes), then reviewed as Word leaves it (on every third page a comment, a reply, an insertion
// and a replacement; every word its own run with rsids, as after many editing sessions), read back
// against the item: unzip, parse, match. Median and p95 of in-process times, target ≤ 300 ms.
import { exportReviewCopy } from '../../electron/export';
import { ownChangeTestFor, readReviewCopy } from '../../electron/services/review/word-read';
import type { AgendaItem } from '../../shared/domain/item';
import type { ItemComment } from '../../shared/domain/review';
import type { RichDoc, RichNode } from '../../shared/domain/rich-text';
import { WordSession } from '../unit/review-word/word-edits';
import { preparers, seedInput, settingsWith } from '../unit/export/fixtures';
import { longBackground } from './typing-bench';

const pages = 30;
const director = { personId: 'p-mikko', name: 'Mikko Saari' };

/** The director's comment on each page's heading, as the editor marks it. */
function withComments(background: RichDoc): { background: RichDoc; comments: ItemComment[] } {
  const comments: ItemComment[] = [];
  const content = background.content.map((node): RichNode => {
    if (node.type !== 'heading') return node;
    const id = `comment-${String(comments.length + 1)}`;
    const text = node.content?.[0]?.text ?? '';
    comments.push({ id, itemId: 'bench-item', parentId: null, field: 'background', quote: text, body: 'Tarkista luvut.', author: director, createdAt: '2024-01-10T10:00:00.000Z', resolvedAt: null, resolvedBy: null, detached: false, source: 'app', updatedAt: '2024-01-10T10:00:00.000Z' });
    return { ...node, content: [{ type: 'text', text, marks: [{ type: 'comment', attrs: { id } }] }] };
  });
  return { background: { type: 'doc', content }, comments };
}

function items(): { before: AgendaItem; item: AgendaItem; comments: ItemComment[] } {
  const seed = seedInput('proposal').item;
  const long = longBackground(pages);
  const before = { ...seed, id: 'bench-item', title: 'Hankkeiden tilannekatsaus', background: long };
  // The exported version changed one word on every page: the copy's own tracked changes.
  const changed: RichDoc = { type: 'doc', content: long.content.map((node) => (node.type === 'heading' ? { ...node, content: [{ type: 'text', text: (node.content?.[0]?.text ?? '').replace('tilanne', 'tilannekuva') }] } : node)) };
  const { background, comments } = withComments(changed);
  return { before, item: { ...before, title: 'Hankkeiden tilannekatsaus, 30 sivua', background }, comments };
}

async function reviewedCopy(before: AgendaItem, item: AgendaItem, comments: ItemComment[]): Promise<Uint8Array> {
  const input = seedInput('proposal');
  const exported = await exportReviewCopy({
    item,
    preparers,
    settings: settingsWith('classic'),
    documentDate: input.documentDate,
    author: input.author,
    version: 2,
    comments,
    changes: { from: { version: 1, item: before, author: director, at: '2024-01-09T10:00:00.000Z' }, between: [{ version: 2, item, author: director, at: '2024-01-10T10:00:00.000Z' }] },
  });
  const session = await WordSession.open(exported);
  for (let page = 1; page <= pages; page += 3) {
    const parent = session.comment(`Hanke ${String(page)}.3`, `Onko hanke ${String(page)}.3 käynnissä?`);
    session.reply(parent, 'On.');
    session.insertAfter(`Hanke ${String(page)}.1`, ' (jatkuu)');
    session.replace(`Hanke ${String(page)}.2`, `Hanke ${String(page)}.2 B`);
  }
  return session.splitRunsAndRsids().save();
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1)] ?? Number.NaN;
}

export async function run(): Promise<void> {
  const { before, item, comments } = items();
  const bytes = await reviewedCopy(before, item, comments);
  const read = () =>
    readReviewCopy({ bytes, fileName: 'katsaus.docx', item, existingComments: comments, titleOfItem: () => Promise.resolve(undefined), organisation: '', isOwnChange: ownChangeTestFor([{ author: director.name, at: '2024-01-09T10:00:00.000Z' }, { author: director.name, at: '2024-01-10T10:00:00.000Z' }]) });
  const first = await read();
  const entries = [...first.report.changes, ...first.report.comments];
  const count = (match: string) => entries.filter((entry) => entry.match === match).length;
  for (let warm = 0; warm < 3; warm += 1) await read();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let index = 0; index < 25; index += 1) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await read();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const median = percentile(times, 0.5);
  const p95 = percentile(times, 0.95);
  const verdict = median <= 300 ? 'OK' : 'OVER TARGET';
  process.stdout.write(
    `read-back of a ${String(pages)}-page reviewed copy (${(bytes.length / 1024).toFixed(0)} kB; ${String(first.report.comments.length)} comments, ${String(first.report.changes.length)} changes: ${String(count('matched'))} matched, ${String(count('alreadyPresent'))} already there, ${String(count('notFound'))} not found): median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target ≤ 300 ms, ${verdict}); CPU time median ${percentile(cpu, 0.5).toFixed(1)} ms (all threads, for a busy machine)\n`,
  );
}
