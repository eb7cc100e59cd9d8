// pykala meetings --data DIR [--json]: the meetings with their ids, for scripts and support
// (issue 8): id, body, number "1/2024", date, status and the §§ given ("§§ 1–8", "–" before).
import type { MeetingSummary } from '../../../shared/ipc/channels/meetings';
import { sectionRangeText } from '../../../shared/domain/meeting-rules';
import { meetingNumberText } from '../../../shared/domain/meeting';
import { formatFinnishDate } from '../../../shared/format/date';
import { translate } from '../../../shared/i18n/translate';
import type { CliCommand } from '../cli-io';
import { dataDirOf, openExisting } from '../context';
import { callWithDetail } from './items-cli-call';

function sectionsText(row: MeetingSummary): string {
  const range = sectionRangeText([row.firstSection, row.lastSection]);
  if (range === '') return translate('cli.meetings.noSections');
  return translate(row.firstSection === row.lastSection ? 'cli.meetings.section' : 'cli.meetings.sections', { range });
}

/** One line per meeting, tab-separated so scripts can cut columns. */
export function meetingLines(rows: readonly MeetingSummary[]): string {
  return rows
    .map((row) => [row.id, row.bodyName, meetingNumberText(row), formatFinnishDate(row.date), translate(`cli.meetings.status.${row.status}`), sectionsText(row)].join('\t'))
    .join('\n');
}

/** The JSON a script reads: the same facts, dates ISO, the §§ as numbers (null before they are given). */
export function meetingJson(row: MeetingSummary) {
  return {
    id: row.id,
    bodyId: row.bodyId,
    body: row.bodyName,
    number: meetingNumberText(row),
    date: row.date,
    status: row.status,
    firstSection: row.firstSection,
    lastSection: row.lastSection,
    sectionCount: row.sectionCount,
  };
}

export const meetingsCommand: CliCommand = {
  options: { json: { type: 'boolean' } },
  async run(values, _positionals, io) {
    const context = openExisting(dataDirOf(values));
    try {
      // Oldest first, as a year's meetings are read.
      const rows = (await callWithDetail(context, 'meetings:list', { year: null })).slice().reverse();
      if (values.json === true) {
        io.stdout.write(`${JSON.stringify(rows.map(meetingJson), null, 2)}\n`);
        return;
      }
      io.stdout.write(rows.length === 0 ? `${translate('cli.meetings.none')}\n` : `${meetingLines(rows)}\n`);
    } finally {
      context.close();
    }
  },
};
