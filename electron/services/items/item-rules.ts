// Rules of an agenda item that need no database: what counts as the frozen proposal, how the
// proposal becomes the decision, what a duplicate keeps.
import { proposalFrozenStatuses } from '../../../shared/domain/item';
import type { AgendaItem, ItemStatus } from '../../../shared/domain/item';
import type { ItemDraft } from '../../../shared/domain/item-schema';
import { draftOf } from '../../../shared/domain/item-schema';
import { changedDraftFields } from '../../../shared/domain/draft-changes';
import { stripDraftCommentMarks } from '../../../shared/domain/comment-marks';
import { fi } from '../../../shared/i18n/fi';
import { unfreezeLiveValues } from './live-values';

export function isProposalFrozen(status: ItemStatus): boolean {
  return proposalFrozenStatuses.includes(status);
}

/**
 * The parts the presenter approves. Meeting data (date, numbers), the decision, recipients,
 * appeal and publicity are settled at or for the meeting, so they stay editable after approval.
 */
export const proposalFields = [
  'title',
  'titleSv',
  'caseNumber',
  'earlierHandling',
  'bodyName',
  'preparerIds',
  'background',
  'attachments',
  'supplementary',
  'presenterTitle',
  'presenterName',
  'proposal',
  'proposalSv',
] as const satisfies readonly (keyof ItemDraft)[];

export { draftOf };

/** The proposal fields whose meaning differs between the stored item and a draft (draft-changes.ts says what counts). */
export function changedProposalFields(stored: ItemDraft, draft: ItemDraft): string[] {
  return changedDraftFields(stored, draft, proposalFields);
}


/**
 * Last year's review is this year's starting point: a fresh draft that keeps the text, preparers and
 * proposal, but nothing of last year's case and meeting: the new review gets its own case number,
 * has not been handled before, and goes to a meeting not yet known.
 */
export function duplicateDraft(item: AgendaItem): ItemDraft {
  const draft = draftOf(item);
  // The comments belong to the original: a copy carrying their anchors would anchor nothing.
  return stripDraftCommentMarks({
    ...draft,
    title: `${item.title} ${fi.items.defaults.copySuffix}`.slice(0, 500),
    caseNumber: '',
    earlierHandling: '',
    meetingDate: null,
    meetingNumber: '',
    decision: null,
    decisionSv: null,
    agendaNumber: null,
    sectionNumber: null,
    background: unfreezeLiveValues(item.background),
    proposal: unfreezeLiveValues(item.proposal),
    // The copy says what last year's item said: its years are checked before it goes anywhere.
    yearToCheck: yearOfItem(item),
  });
}

/** The year an item was written for: its meeting's, else the last year named in its title, else the year it was made. */
export function yearOfItem(item: Pick<AgendaItem, 'meetingDate' | 'title' | 'createdAt'>): number {
  if (item.meetingDate !== null) return Number(item.meetingDate.slice(0, 4));
  const inTitle = [...item.title.matchAll(/(?<!\d)(19|20)\d{2}(?!\d)/gu)].at(-1)?.[0];
  return Number(inTitle ?? item.createdAt.slice(0, 4));
}
