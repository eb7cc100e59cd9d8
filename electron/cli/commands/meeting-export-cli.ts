// `pykala export extract ITEM_ID`: the extract is of the item's last handled § — the § with an
// outcome in the latest meeting (by date, then number) that has the item on its agenda. Found
// through the same channels the app uses (meetings:list, meetings:get), nothing read around them.
import { translate } from '../../../shared/i18n/translate';
import type { AppContext } from '../../services/app-context-types';
import { CliError } from '../cli-io';
import { callWithDetail } from './items-cli-call';

export async function lastHandledSection(context: AppContext, itemId: string): Promise<string> {
  // The item's own "not found" message when there is no such item.
  await callWithDetail(context, 'items:get', { id: itemId });
  const meetings = await callWithDetail(context, 'meetings:list', { year: null });
  const latestFirst = [...meetings].sort((a, b) => b.date.localeCompare(a.date) || b.year - a.year || b.number - a.number);
  for (const summary of latestFirst) {
    const detail = await callWithDetail(context, 'meetings:get', { id: summary.id });
    const section = detail.sections.find((candidate) => candidate.itemId === itemId && candidate.outcome !== null && candidate.sectionNumber !== null);
    if (section) return section.id;
  }
  throw new CliError(translate('meetingDocuments.cli.noHandledSection', { id: itemId }));
}
