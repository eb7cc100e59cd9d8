// What an item must have before it moves on (issue 7): sending it to the presenter, approving it
// and putting it on the agenda each list what is missing, and the service refuses until it is
// there (INCOMPLETE). The editor shows the same list, so the user learns it before clicking.
import { appealBlankPattern } from './appeal';
import type { ItemStatus } from './item';
import type { ItemDraft } from './item-schema';
import { isResolutionEmpty } from './resolution';
import { richToPlainText } from './rich-text';
import { fi } from '../i18n/fi';

export const completenessParts = ['title', 'preparer', 'presenter', 'proposal', 'appeal', 'appealBlanks', 'yearToCheck', 'meetingDate'] as const;
export type CompletenessPart = (typeof completenessParts)[number];

/** The statuses that need a complete item: in review, approved, on the agenda. */
const needsProposal: readonly ItemStatus[] = ['tarkastettavana', 'hyvaksytty', 'esityslistalla'];

type Checked = Pick<ItemDraft, 'title' | 'preparerIds' | 'presenterName' | 'presenterTitle' | 'proposal' | 'appeal' | 'yearToCheck' | 'meetingDate'>;

/** The parts missing for the item to move to `target`, in document order; empty when none is. */
export function missingParts(item: Checked, target: ItemStatus): CompletenessPart[] {
  if (!needsProposal.includes(target)) return [];
  const appealText = richToPlainText(item.appeal.text);
  const missing: [CompletenessPart, boolean][] = [
    ['title', item.title.trim() === '' || item.title.trim() === fi.items.defaults.newTitle],
    ['preparer', item.preparerIds.length === 0],
    ['presenter', item.presenterName.trim() === '' || item.presenterTitle.trim() === ''],
    ['proposal', isResolutionEmpty(item.proposal)],
    ['appeal', appealText.trim() === ''],
    ['appealBlanks', appealBlankPattern.test(appealText)],
    ['yearToCheck', item.yearToCheck !== null],
    ['meetingDate', target === 'esityslistalla' && item.meetingDate === null],
  ];
  return missing.filter(([, isMissing]) => isMissing).map(([part]) => part);
}

/** The field each missing part points at, so the editor can mark and focus it. */
export const completenessPaths: Record<CompletenessPart, string> = {
  title: 'title',
  preparer: 'preparerIds',
  presenter: 'presenterName',
  proposal: 'proposal',
  appeal: 'appeal',
  appealBlanks: 'appeal',
  yearToCheck: 'yearToCheck',
  meetingDate: 'meetingDate',
};
