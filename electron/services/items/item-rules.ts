// Rules of an agenda item that need no database: what counts as the frozen proposal, how the
// proposal becomes the decision, what a duplicate keeps.
import { randomUUID } from 'node:crypto';
import { proposalFrozenStatuses } from '../../../shared/domain/item';
import type { AgendaItem, ItemStatus, PointList } from '../../../shared/domain/item';
import type { ItemDraft } from '../../../shared/domain/item-schema';
import { draftOf } from '../../../shared/domain/item-schema';
import { changedDraftFields } from '../../../shared/domain/draft-changes';
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
] as const satisfies readonly (keyof ItemDraft)[];

export { draftOf };

/** The proposal fields whose meaning differs between the stored item and a draft (draft-changes.ts says what counts). */
export function changedProposalFields(stored: ItemDraft, draft: ItemDraft): string[] {
  return changedDraftFields(stored, draft, proposalFields);
}


export function isDecisionEmpty(decision: PointList | null): boolean {
  return decision === null || decision.points.every((point) => point.text.trim() === '' && point.textSv.trim() === '');
}

/** "Lautakunta päättää" becomes "Lautakunta päätti"; points get new ids so the two lists never share one. */
export function proposalAsDecision(proposal: PointList): PointList {
  const proposalOpening = fi.items.defaults.proposalOpening;
  const opening = proposal.opening.trim() === '' || proposal.opening === proposalOpening ? fi.items.defaults.decisionOpening : proposal.opening.replace(/päättää/u, 'päätti');
  return {
    opening,
    openingSv: proposal.openingSv.replace(/beslutar/u, 'beslutade'),
    points: proposal.points.map((point) => ({ ...point, id: randomUUID() })),
  };
}

/**
 * Last year's review is this year's starting point: a fresh draft that keeps the text, preparers and
 * proposal, but nothing of last year's case and meeting: the new review gets its own case number,
 * has not been handled before, and goes to a meeting not yet known.
 */
export function duplicateDraft(item: AgendaItem): ItemDraft {
  const draft = draftOf(item);
  return {
    ...draft,
    title: `${item.title} ${fi.items.defaults.copySuffix}`.slice(0, 500),
    caseNumber: '',
    earlierHandling: '',
    meetingDate: null,
    meetingNumber: '',
    decision: null,
    agendaNumber: null,
    sectionNumber: null,
    background: unfreezeLiveValues(item.background),
    proposal: { ...item.proposal, points: item.proposal.points.map((point) => ({ ...point, id: randomUUID() })) },
  };
}
