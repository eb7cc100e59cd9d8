// pykala item versions ID --data DIR [--json]: the item's saved versions, oldest first: the
// version number (its id), when, who, and what changed in one Finnish line. Changes nothing
// (summaries of versions written before issue 9 are stored the first time they are read, as the
// app does, unless the database cannot be written).
import type { VersionEntry } from '../../../shared/domain/compare-types';
import { formatVersionSummary } from '../../../shared/format/version-summary-text';
import { formatFinnishDateTime } from '../../../shared/format/timestamp';
import { translate } from '../../../shared/i18n/translate';
import type { CliIo, OptionValues } from '../cli-io';
import { dataDirOf, openExisting } from '../context';
import { callWithDetail } from './items-cli-call';

export interface VersionLine {
  id: number;
  time: string;
  createdAt: string;
  author: string;
  authorId: string | null;
  summary: string;
  reason: string;
  status: string;
  note: string;
}

export function versionLine(entry: VersionEntry): VersionLine {
  return {
    id: entry.version,
    time: formatFinnishDateTime(entry.createdAt),
    createdAt: entry.createdAt,
    author: entry.author.name === '' ? translate('reviewService.versions.unknownAuthor') : entry.author.name,
    authorId: entry.author.personId,
    summary: formatVersionSummary(entry.summary),
    reason: entry.reason,
    status: entry.status,
    note: entry.note,
  };
}

/** One line a version, columns aligned: "3  7.2.2024 klo 11.40  Maria Esimerkki  Selostus: 1 kappale lisätty". */
function readable(lines: readonly VersionLine[]): string {
  const width = (pick: (line: VersionLine) => string) => Math.max(0, ...lines.map((line) => pick(line).length));
  const idWidth = width((line) => String(line.id));
  const timeWidth = width((line) => line.time);
  const authorWidth = width((line) => line.author);
  return lines
    .map((line) => {
      const note = line.note === '' ? '' : ` (${line.note})`;
      return `${String(line.id).padStart(idWidth)}  ${line.time.padEnd(timeWidth)}  ${line.author.padEnd(authorWidth)}  ${line.summary}${note}`;
    })
    .join('\n');
}

export async function listItemVersions(values: OptionValues, id: string, io: CliIo): Promise<void> {
  const context = openExisting(dataDirOf(values));
  try {
    const lines = (await callWithDetail(context, 'versions:list', { id })).map(versionLine);
    io.stdout.write(values.json === true ? `${JSON.stringify(lines, null, 2)}\n` : `${readable(lines)}\n`);
  } finally {
    context.close();
  }
}
