// Rules of an agenda item that need no database: what counts as the frozen proposal, how the
// proposal becomes the decision, what a duplicate keeps.
import { randomUUID } from 'node:crypto';
import { proposalFrozenStatuses } from '../../../shared/domain/item';
import type { AgendaItem, ItemStatus, PointList } from '../../../shared/domain/item';
import type { ItemDraft } from '../../../shared/domain/item-schema';
import { draftOf } from '../../../shared/domain/item-schema';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { fi } from '../../../shared/i18n/fi';
import { mapDoc, readLiveValueAttrs, unfreezeLiveValues } from './live-values';

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

/** Drops what the editor may add or leave out without changing the meaning (null attrs, empty arrays). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, inner]) => inner !== null && inner !== undefined && !(Array.isArray(inner) && inner.length === 0))
    .map(([key, inner]) => [key, canonical(inner)] as const)
    .filter(([, inner]) => !(typeof inner === 'object' && inner !== null && !Array.isArray(inner) && Object.keys(inner).length === 0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}

/** A live value's refreshed text is not an edit; its query and frozen text are. */
function withoutLiveTexts(doc: RichDoc): RichDoc {
  return mapDoc(doc, (node) => {
    if (node.type !== 'liveValue') return node;
    const attrs = readLiveValueAttrs(node);
    return attrs ? { ...node, attrs: { metric: attrs.metric, activeOn: attrs.activeOn, areas: attrs.areas, frozenText: attrs.frozenText } } : node;
  });
}

function comparable(field: (typeof proposalFields)[number], value: unknown): string {
  const normalised = field === 'background' ? withoutLiveTexts(value as RichDoc) : value;
  return JSON.stringify(canonical(normalised));
}

export { draftOf };

/** The proposal fields whose value differs between the stored item and a draft. */
export function changedProposalFields(stored: ItemDraft, draft: ItemDraft): string[] {
  return proposalFields.filter((field) => comparable(field, stored[field]) !== comparable(field, draft[field]));
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

/** Last year's review is this year's starting point: a fresh draft with no decision. */
export function duplicateDraft(item: AgendaItem): ItemDraft {
  const draft = draftOf(item);
  return {
    ...draft,
    title: `${item.title} ${fi.items.defaults.copySuffix}`.slice(0, 500),
    decision: null,
    agendaNumber: null,
    sectionNumber: null,
    background: unfreezeLiveValues(item.background),
    proposal: { ...item.proposal, points: item.proposal.points.map((point) => ({ ...point, id: randomUUID() })) },
  };
}
