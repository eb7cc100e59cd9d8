// pykala items --data DIR [--json]: the agenda items with their ids, for scripts and support.
import type { ItemSummary } from '../../../shared/ipc/channels/items';
import { formatFinnishDate } from '../../../shared/format/date';
import { translate } from '../../../shared/i18n/translate';
import type { CliCommand } from '../cli-io';
import { dataDirOf, openExisting } from '../context';
import { callWithDetail } from './items-cli-call';

/** One line per item: id, status, meeting date, title; tab-separated so scripts can cut columns. */
export function itemLines(rows: ItemSummary[]): string {
  return rows
    .map((row) => [row.id, translate(`items.status.${row.status}`), row.meetingDate ? formatFinnishDate(row.meetingDate) : '-', row.title].join('\t'))
    .join('\n');
}

export const itemsCommand: CliCommand = {
  options: { json: { type: 'boolean' } },
  async run(values, _positionals, io) {
    const context = openExisting(dataDirOf(values));
    try {
      const rows = await callWithDetail(context, 'items:list', {});
      if (values.json === true) {
        io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      io.stdout.write(rows.length === 0 ? `${translate('items.cli.noItems')}\n` : `${itemLines(rows)}\n`);
    } finally {
      context.close();
    }
  },
};
