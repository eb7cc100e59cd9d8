// pykala review import ITEM_ID FILE.docx --data DIR [--json]: reads a review copy the director
// returned and prints its comments and tracked changes with how each matches the item now
// (--json: the WordReviewReport the app's import screen shows). Changes nothing: the user accepts
// or rejects each change in the app.
import type { ComparedField } from '../../../shared/domain/compare-types';
import type { WordChange, WordComment, WordReviewReport } from '../../../shared/domain/word-review';
import { formatFinnishDate } from '../../../shared/format/date';
import { translate } from '../../../shared/i18n/translate';
import { maxReviewFileBytes } from '../../../shared/ipc/channels/review';
import { CliError } from '../cli-io';
import { readInputFile } from '../input-file';
import type { CliCommand } from '../cli-io';
import { dataDirOf, openExisting } from '../context';
import { callWithDetail } from './items-cli-call';

function fieldName(field: ComparedField | null): string {
  return translate(`review.word.field.${field ?? 'none'}`);
}

function dateText(iso: string | null): string {
  const day = iso?.slice(0, 10) ?? '';
  return /^\d{4}-\d{2}-\d{2}$/u.test(day) ? formatFinnishDate(day) : '–';
}

/** One line: Word's line breaks in a quote or a comment would break the listing. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/gu, ' / ');
}

function commentLine(comment: WordComment): string {
  const values = { id: comment.id, match: translate(`review.word.match.${comment.match}`), author: comment.author, date: dateText(comment.date), body: oneLine(comment.body) };
  return comment.parentId === null
    ? translate('review.word.cli.comment', { ...values, field: fieldName(comment.field), quote: oneLine(comment.quote) })
    : translate('review.word.cli.reply', values);
}

function changeLine(change: WordChange): string {
  const what =
    change.deleted === ''
      ? translate('review.word.cli.inserted', { text: oneLine(change.inserted) })
      : change.inserted === ''
        ? translate('review.word.cli.deleted', { text: oneLine(change.deleted) })
        : translate('review.word.cli.replaced', { before: oneLine(change.deleted), after: oneLine(change.inserted) });
  return translate('review.word.cli.change', { id: change.id, match: translate(`review.word.match.${change.match}`), author: change.author, date: dateText(change.date), field: fieldName(change.field), what });
}

/** The report for a person at a terminal: comments (replies under their parent), changes, notes. */
export function reportText(report: WordReviewReport): string {
  const lines = [
    report.exportedVersion === null
      ? translate('review.word.cli.headingNoVersion', { file: report.fileName, itemId: report.itemId })
      : translate('review.word.cli.heading', { file: report.fileName, itemId: report.itemId, version: report.exportedVersion }),
    translate('review.word.cli.comments', { count: report.comments.length }),
  ];
  const topLevel = report.comments.filter((comment) => comment.parentId === null);
  for (const comment of topLevel) {
    lines.push(commentLine(comment));
    for (const reply of report.comments.filter((candidate) => candidate.parentId === comment.id)) lines.push(commentLine(reply));
  }
  // A reply whose parent is not in the file (cannot happen in Word, but a file can say anything).
  for (const orphan of report.comments.filter((comment) => comment.parentId !== null && !topLevel.some((parent) => parent.id === comment.parentId))) lines.push(commentLine(orphan));
  if (report.comments.length === 0) lines.push(translate('review.word.cli.none'));
  lines.push(translate('review.word.cli.changes', { count: report.changes.length }));
  lines.push(...report.changes.map(changeLine));
  if (report.changes.length === 0) lines.push(translate('review.word.cli.none'));
  if (report.notes.length > 0) lines.push(translate('review.word.cli.notes'), ...report.notes.map((note) => `  ${note}`));
  lines.push(translate('review.word.cli.nothingChanged'));
  return lines.join('\n');
}

export const reviewCommand: CliCommand = {
  options: { json: { type: 'boolean' } },
  async run(values, positionals, io) {
    const [action, itemId, file, ...extra] = positionals;
    if (action !== 'import' || itemId === undefined || file === undefined || extra.length > 0) throw new CliError(translate('review.word.cli.usage'));
    const { bytes, fileName } = readInputFile(file, maxReviewFileBytes, { unreadable: translate('review.word.cli.unreadable', { file }), tooLarge: translate('review.error.tooLarge') });
    const context = openExisting(dataDirOf(values));
    let report: WordReviewReport;
    try {
      report = await callWithDetail(context, 'review:readWord', { itemId, fileName, dataBase64: bytes.toString('base64') });
    } finally {
      context.close();
    }
    io.stdout.write(values.json === true ? `${JSON.stringify(report, null, 2)}\n` : `${reportText(report)}\n`);
  },
};
