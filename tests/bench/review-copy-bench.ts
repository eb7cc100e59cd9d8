// The proposal's review copy (issue 9) of a 30-page item: 400 background paragraphs, a 40-row table,
// a numbered proposal; since the compared version every fifth paragraph changed word by word,
// 14 removed, 13 added; 20 open comments with a reply each. Median in-process time against the
// ordinary proposal of the same item (no target in the issue: the figure and the ratio are shown).
import { exportAgendaItem, exportReviewCopy } from '../../electron/export';
import type { AgendaItem } from '../../shared/domain/item';
import type { ItemComment } from '../../shared/domain/review';
import type { RichDoc, RichMark, RichNode } from '../../shared/domain/rich-text';
import { preparers, richTable, settingsWith } from '../unit/export/fixtures';
import { reviewInput, secretary, director } from '../unit/export/review-fixtures';

const sentence = (index: number) =>
  `Kappale ${index + 1}: kerhotoiminnan järjestämisessä otetaan huomioon oppilaiden toiveet, koulujen tilat ja ohjaajien saatavuus, ja toimintaa arvioidaan lukuvuoden lopussa yhdessä huoltajien kanssa.`;

function paragraphs(changed: boolean): RichNode[] {
  const out: RichNode[] = [];
  for (let index = 0; index < 400; index += 1) {
    if (changed && index % 30 === 7) continue;
    let text = sentence(index);
    if (changed && index % 5 === 0) text = text.replace('otetaan huomioon', 'huomioidaan').replace('lopussa', 'päättyessä');
    const marks: RichMark[] = changed && index % 15 === 3 ? [{ type: 'comment', attrs: { id: `c${index}` } }] : [];
    out.push({ type: 'paragraph', content: [{ type: 'text', text: text.slice(0, 40) }, { type: 'text', text: text.slice(40, 80), ...(marks.length ? { marks } : {}) }, { type: 'text', text: text.slice(80), marks: [{ type: 'bold' }] }] });
    if (changed && index % 30 === 11) out.push({ type: 'paragraph', content: [{ type: 'text', text: `Lisätty kappale ${index}.` }] });
  }
  return out;
}

function longItem(changed: boolean): AgendaItem {
  const base = reviewInput().item;
  const rows = Array.from({ length: 40 }, (_, index) => [`Kerho ${index + 1}`, index % 2 ? 'Koivula' : 'Mäntylä', `${(index + (changed && index % 4 === 0 ? 2 : 1)) * 100} €`]);
  const background: RichDoc = { type: 'doc', content: [...paragraphs(changed).slice(0, 200), richTable(['Kerho', 'Koulu', 'Avustus'], rows), ...paragraphs(changed).slice(200)] };
  return { ...base, background };
}

function benchComments(): ItemComment[] {
  return Array.from({ length: 20 }, (_, index) => index * 15 + 3).flatMap((index) => {
    const common = { itemId: 'item-review-1', field: 'background' as const, resolvedAt: null, resolvedBy: null, detached: false, source: 'app' as const };
    return [
      { ...common, id: `c${index}`, parentId: null, quote: '', body: `Kommentti kappaleeseen ${index + 1}.`, author: director, createdAt: '2024-01-11T09:00:00.000Z', updatedAt: '2024-01-11T09:00:00.000Z' },
      { ...common, id: `r${index}`, parentId: `c${index}`, quote: '', body: 'Korjattu.', author: secretary, createdAt: '2024-01-11T10:00:00.000Z', updatedAt: '2024-01-11T10:00:00.000Z' },
    ];
  });
}

async function median(runs: number, task: () => Promise<unknown>): Promise<number> {
  for (let warm = 0; warm < 2; warm += 1) await task();
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** The bench's review copy input (also for looking at the file it makes). */
export function benchInput() {
  const before = longItem(false);
  const after = longItem(true);
  return reviewInput({
    item: after,
    comments: benchComments(),
    changes: {
      from: { version: 1, item: before, author: secretary, at: '2024-01-08T09:00:00.000Z' },
      between: [{ version: 2, item: after, author: secretary, at: '2024-01-09T09:00:00.000Z' }],
    },
  });
}

export async function run(): Promise<void> {
  const input = benchInput();
  const after = input.item;
  const review = await median(11, () => exportReviewCopy(input));
  const plain = await median(11, () => exportAgendaItem({ item: after, preparers, settings: settingsWith('classic'), kind: 'proposal', documentDate: '2024-01-23', author: 'Bench' }));
  process.stdout.write(`review copy of a 30-page item (changes + 20 comments with replies): median ${review.toFixed(1)} ms; the ordinary proposal ${plain.toFixed(1)} ms; ratio ${(review / plain).toFixed(1)}×\n`);
}
