// The short decision texts a meeting writes itself (issue 8): the legality § from the quorum, the
// opening time, the minutes checkers chosen, and the decisions of the outcomes ("Lautakunta päätti
// panna asian pöydälle.", "Lautakunta hyväksyi päätösehdotuksen yksimielisesti.").
import type { SectionOutcome } from '../domain/meeting';
import type { Quorum } from '../domain/meeting-rules-attendance';
import type { RichDoc } from '../domain/rich-text';
import { docOf, paragraphNode } from '../domain/rich-text-build';
import { assertNever } from '../errors';
import { meetingMinutes } from '../i18n/fi/meeting-minutes';
import { fillTemplate } from './fill-template';
import { joinFinnish } from './finnish-names';
import { normalizeClockTime } from './clock-time';

const words = meetingMinutes.decision;

/** Bodies minutes call by their kind: "Kasvatus- ja opetuslautakunta" → "Lautakunta". */
const bodyKinds = ['lautakunta', 'johtokunta', 'toimikunta', 'jaosto'];

/**
 * How the decision names the body at the start of a sentence: "Lautakunta" for any lautakunta
 * (as minutes write "Lautakunta päätti …"), else the body's own name ("Kaupunginhallitus").
 */
export function bodySubject(bodyName: string): string {
  const name = bodyName.trim();
  const lower = name.toLocaleLowerCase('fi-FI');
  const kind = bodyKinds.find((entry) => lower.endsWith(entry));
  if (kind !== undefined || name === '') return capitalize(kind ?? 'lautakunta');
  return capitalize(name);
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fi-FI') + text.slice(1);
}

/** The case ending of a number written in digits follows the spoken word's last part (Kielitoimisto). */
const onesFront = [false, true, false, false, true, true, false, true, false, true]; // yhdestä, neljästä, viidestä, seitsemästä, yhdeksästä

/** "9:stä", "2:sta", "10:stä", "100:sta": the elative ("out of nine") of a whole number. */
export function numberElative(value: number): string {
  const n = Math.abs(Math.trunc(value));
  let front: boolean;
  if (n === 0) front = false; // nollasta
  else if (n % 100 >= 11 && n % 100 <= 19) front = onesFront[n % 10] ?? false; // yhdestätoista: the case is on the first part
  else if (n % 10 !== 0) front = onesFront[n % 10] ?? false;
  else if (n % 100 !== 0) front = true; // kymmenestä
  else front = false; // sadasta, tuhannesta
  return `${String(value)}:${front ? 'stä' : 'sta'}`;
}

function membersText(count: number): string {
  return count === 1 ? meetingMinutes.legality.membersOne : fillTemplate(meetingMinutes.legality.membersMany, { count });
}

/** The legality §'s finding: legally called and quorate "koska paikalla oli 7 jäsentä 9:stä", or not quorate. */
export function legalityLine(quorum: Pick<Quorum, 'present' | 'seats' | 'hasQuorum'>): string {
  const values = { present: membersText(quorum.present), seats: numberElative(quorum.seats) };
  return fillTemplate(quorum.hasQuorum ? meetingMinutes.legality.quorate : meetingMinutes.legality.notQuorate, values);
}

export function legalityDecision(quorum: Pick<Quorum, 'present' | 'seats' | 'hasQuorum'>): RichDoc {
  return docOf(paragraphNode(legalityLine(quorum)));
}

/** "Puheenjohtaja avasi kokouksen klo 18.00." */
export function openingDecision(startTime: string): RichDoc {
  const time = normalizeClockTime(startTime);
  return docOf(paragraphNode(time === '' ? words.openingNoTime : fillTemplate(words.opening, { time })));
}

/** "Pöytäkirjan tarkastajiksi valittiin Walls ja Saikkonen." */
export function checkersDecision(names: readonly string[]): RichDoc {
  return docOf(paragraphNode(fillTemplate(words.checkers, { names: joinFinnish(names, meetingMinutes.handling.and) })));
}

/**
 * The decision of an outcome that leaves the item undecided (MeetingSection.outcomeDecision):
 * tabled, returned for preparation, removed from the agenda; and "noted". Null for the approving
 * outcomes, whose decision is the item's own (the proposal unless changed).
 */
export function outcomeDecision(outcome: SectionOutcome, bodyName: string): RichDoc | null {
  const body = bodySubject(bodyName);
  switch (outcome) {
    case 'pantiin_poydalle':
      return docOf(paragraphNode(fillTemplate(words.tabled, { body })));
    case 'palautettiin_valmisteluun':
      return docOf(paragraphNode(fillTemplate(words.returned, { body })));
    case 'poistettiin_esityslistalta':
      return docOf(paragraphNode(words.removed));
    case 'merkittiin_tiedoksi':
      return docOf(paragraphNode(fillTemplate(words.noted, { body })));
    case 'hyvaksytty':
    case 'hyvaksytty_muutettuna':
      return null;
    default:
      return assertNever(outcome);
  }
}

/**
 * The line of an approval: "Lautakunta hyväksyi päätösehdotuksen yksimielisesti." without a vote,
 * "… äänin 6–3." after one (the winner's votes first). When the counter-proposal won (ei), it
 * says so: "Lautakunta hyväksyi vastaehdotuksen äänin 5–4."
 */
export function approvalLine(bodyName: string, vote: { jaa: number; ei: number; winner: 'jaa' | 'ei' } | null): string {
  const body = bodySubject(bodyName);
  if (vote === null) return fillTemplate(words.approvedUnanimously, { body });
  return fillTemplate(vote.winner === 'jaa' ? words.approvedByVote : words.amendedByVote, { body, yes: vote.jaa, no: vote.ei });
}
