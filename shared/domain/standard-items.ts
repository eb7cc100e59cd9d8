// The standard items every meeting has (issue 8): Kokouksen avaus, laillisuus ja päätösvaltaisuus,
// pöytäkirjan tarkastajat, työjärjestys, ilmoitusasiat, viranhaltijapäätökset, muut asiat. Each
// becomes a real agenda item created from its template; where it goes among the §§ already on
// the agenda follows the order minutes use: the formal ones at the start, "Muut asiat" last.
import type { AppealKind } from './appeal';
import { noAppealPresetId } from './appeal-presets';
import { standardItemKinds } from './meeting';
import type { StandardItemKind } from './meeting';
import type { RichDoc } from './rich-text';
import { docOf, paragraphNode } from './rich-text-build';
import { bodySubject, checkersDecision, legalityDecision, openingDecision } from '../format/meeting-decisions';
import { assertNever } from '../errors';
import type { Quorum } from './meeting-rules-attendance';
import { fillTemplate } from '../format/fill-template';
import { meetingMinutes } from '../i18n/fi/meeting-minutes';

export interface StandardItemTemplate {
  kind: StandardItemKind;
  title: string;
  /** The background (Selostus); an empty document when the item needs none. */
  background: RichDoc;
  proposal: RichDoc;
  /**
   * The usual decision when the outcome is "approved" and it is not the proposal put in the past
   * tense; null: the proposal becomes the decision as for any item (or, for the opening, the
   * legality and the checkers, the meeting writes it: shared/format/meeting-decisions.ts).
   */
  decision: RichDoc | null;
  /** None of these is appealable: they only prepare or note (KuntaL 136 §). */
  appealKind: AppealKind;
  /** The body's standard appeal text to copy into the item (appeal_texts id). */
  appealTextId: string;
  /** 'start': among the formal items before the agenda's own; 'end': after every other item. */
  group: 'start' | 'end';
}

/** The canonical order, which is also standardItemKinds' order: avaus … viranhaltijapäätökset at the start, muut asiat last. */
export const standardItemOrder: readonly StandardItemKind[] = standardItemKinds;

const endKinds: readonly StandardItemKind[] = ['muut_asiat'];

function paragraphs(text: string): RichDoc {
  return text === '' ? docOf() : docOf(paragraphNode(text));
}

/** The template of a standard item for a body ("Lautakunta hyväksyy esityslistan …"). */
export function standardItemTemplate(kind: StandardItemKind, bodyName: string): StandardItemTemplate {
  const words = meetingMinutes.standardItems[kind];
  const values = { body: bodySubject(bodyName) };
  const decision = 'decision' in words ? paragraphs(fillTemplate(words.decision, values)) : null;
  return {
    kind,
    title: words.title,
    background: paragraphs(fillTemplate(words.background, values)),
    proposal: paragraphs(fillTemplate(words.proposal, values)),
    decision,
    appealKind: 'ei_muutoksenhakua',
    appealTextId: noAppealPresetId,
    group: endKinds.includes(kind) ? 'end' : 'start',
  };
}

/** The standard kinds not yet on the agenda, in canonical order. */
export function missingStandardKinds(existing: readonly (StandardItemKind | null)[]): StandardItemKind[] {
  return standardItemOrder.filter((kind) => !existing.includes(kind));
}

/**
 * Where a standard item goes on an agenda whose sections have these kinds in order (null: an
 * ordinary item): a start item right after the last start item that comes before it in the
 * canonical order (the very first place if none does); an end item after everything. Adding
 * several, add them in canonical order, each time with the agenda as it then is.
 */
export function standardItemPosition(existing: readonly (StandardItemKind | null)[], kind: StandardItemKind): number {
  if (endKinds.includes(kind)) return existing.length;
  const rank = standardItemOrder.indexOf(kind);
  let position = 0;
  existing.forEach((entry, index) => {
    if (entry !== null && !endKinds.includes(entry) && standardItemOrder.indexOf(entry) < rank) position = index + 1;
  });
  return position;
}

/** Where an ordinary item added to the agenda goes: last, but before "Muut asiat" if it is there. */
export function ordinaryItemPosition(existing: readonly (StandardItemKind | null)[]): number {
  let position = existing.length;
  for (;;) {
    const before = position > 0 ? existing[position - 1] : undefined;
    if (before === undefined || before === null || !endKinds.includes(before)) return position;
    position -= 1;
  }
}

export interface StandardDecisionContext {
  bodyName: string;
  /** The meeting's start time "hh.mm" (the opening). */
  startTime: string;
  /** The quorum at the opening (the legality §). */
  quorum: Pick<Quorum, 'present' | 'seats' | 'hasQuorum'>;
  /** The minutes checkers' names as minutes write them (the checkers §). */
  checkerNames: readonly string[];
}

/**
 * The decision a standard item records when approved: the opening with its time, the legality
 * from the quorum, the checkers chosen; for the rest the template's decision, or null when the
 * proposal in the past tense is the decision (proposalAsDecision).
 */
export function standardDecision(kind: StandardItemKind, context: StandardDecisionContext): RichDoc | null {
  switch (kind) {
    case 'avaus':
      return openingDecision(context.startTime);
    case 'laillisuus':
      return legalityDecision(context.quorum);
    case 'tarkastajat':
      return context.checkerNames.length === 0 ? null : checkersDecision(context.checkerNames);
    case 'tyojarjestys':
    case 'ilmoitusasiat':
    case 'viranhaltijapaatokset':
    case 'muut_asiat':
      return standardItemTemplate(kind, context.bodyName).decision;
    default:
      return assertNever(kind);
  }
}
