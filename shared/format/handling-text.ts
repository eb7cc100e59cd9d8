// The Käsittely text of a § written from its handling record (issue 8), in the phrasing Finnish
// minutes use: arrivals and departures at the §, disqualification, experts heard, counter-
// proposals, the vote (the chair's voting proposal, the count, the result, the names under Jaa
// and Ei), dissents, and "Pykälä tarkastettiin kokouksessa." The secretary may edit it; then the
// edited text (MeetingSection.handlingText) prints instead. The export, the session screen's
// preview and the services all call this one function.
import type { CounterProposal, Meeting, MeetingSection, SectionHandling, SectionVote } from '../domain/meeting';
import { attendingName, eventsAt, sectionOrderOf, votersAt } from '../domain/meeting-rules-attendance';
import { countVote } from '../domain/meeting-rules-vote';
import type { VoteCount } from '../domain/meeting-rules-vote';
import type { RichDoc, RichNode } from '../domain/rich-text';
import { docOf, textNode } from '../domain/rich-text-build';
import { meetingMinutes } from '../i18n/fi/meeting-minutes';
import { fillTemplate } from './fill-template';
import { genitiveOfName, joinFinnish, minutesNames } from './finnish-names';
import { normalizeClockTime } from './clock-time';
import { bodySubject } from './meeting-decisions';

const words = meetingMinutes.handling;

type MeetingPart = Pick<Meeting, 'attendees' | 'events' | 'chairId' | 'bodyName'>;

/** The names the minutes call the meeting's people by: surnames, full names where two share one. */
export function attendeeNames(meeting: Pick<Meeting, 'attendees'>): Map<string, string> {
  return minutesNames(new Map(meeting.attendees.map((attendee) => [attendee.id, attendingName(attendee)])));
}

function paragraph(...lines: string[]): RichNode {
  const content = lines.flatMap((line, index): RichNode[] => [...(index > 0 ? [{ type: 'hardBreak' } as RichNode] : []), ...textNode(line)]);
  return { type: 'paragraph', content };
}

/** " klo 18.20" or '' when no time was recorded. */
function atTime(time: string): string {
  const normalized = normalizeClockTime(time);
  return normalized === '' ? '' : fillTemplate(words.atTime, { time: normalized });
}

/** A proposal's text closed with a full stop if it has no closing punctuation. */
function sentence(text: string): string {
  const trimmed = text.trim().replace(/\s*\n\s*/gu, ' ');
  return trimmed === '' || /[.!?…:"”]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "päätösehdotus" → "päätösehdotusta" (partitive); null for a wording that is not "…ehdotus". */
function proposalPartitive(text: string): string | null {
  const trimmed = text.trim();
  return /ehdotus$/iu.test(trimmed) ? `${trimmed}ta` : null;
}

/** "Kerosen vastaehdotus" → "Kerosen vastaehdotuksen" (genitive); null for another wording. */
function proposalGenitive(text: string): string | null {
  const trimmed = text.trim();
  return /ehdotus$/iu.test(trimmed) ? `${trimmed.slice(0, -1)}ksen` : null;
}

/** The chair's default voting sides: jaa = the proposal, ei = the mover's counter-proposal. */
export function defaultVoteMeanings(meeting: Pick<Meeting, 'attendees'>, counter: Pick<CounterProposal, 'moverId'> | null): { yesMeans: string; noMeans: string } {
  const mover = counter === null ? undefined : attendeeNames(meeting).get(counter.moverId);
  const genitive = mover === undefined ? null : genitiveOfName(mover);
  return {
    yesMeans: meetingMinutes.vote.proposal,
    noMeans: genitive === null ? meetingMinutes.vote.counter : fillTemplate(meetingMinutes.vote.counterOf, { mover: genitive }),
  };
}

function eventParagraphs(meeting: MeetingPart, sectionId: string, names: ReadonlyMap<string, string>): RichNode[] {
  return eventsAt(meeting, sectionId).map((event) =>
    paragraph(fillTemplate(event.kind === 'arrived' ? words.arrived : words.left, { name: names.get(event.attendeeId) ?? '', time: atTime(event.time) })),
  );
}

function disqualificationParagraphs(handling: SectionHandling, names: ReadonlyMap<string, string>): RichNode[] {
  return handling.disqualifications.map((entry) => {
    const ground = entry.ground.trim() === '' ? '' : fillTemplate(words.ground, { ground: entry.ground.trim() });
    const first = fillTemplate(words.disqualified, { name: names.get(entry.attendeeId) ?? '', ground, time: atTime(entry.leftAt) });
    const returned = normalizeClockTime(entry.returnedAt);
    return paragraph(returned === '' ? first : `${first} ${fillTemplate(words.returned, { time: returned })}`);
  });
}

function expertParagraphs(handling: SectionHandling): RichNode[] {
  if (handling.experts.length === 0) return [];
  const people = handling.experts.map((expert) => [expert.title.trim(), expert.name.trim()].filter(Boolean).join(' '));
  return [paragraph(fillTemplate(people.length === 1 ? words.expertOne : words.expertMany, { names: joinFinnish(people, words.and) }))];
}

function counterProposalParagraph(proposal: CounterProposal, names: ReadonlyMap<string, string>): RichNode {
  const mover = names.get(proposal.moverId) ?? '';
  const text = sentence(proposal.text);
  if (proposal.seconderIds.length === 0) return paragraph(`${fillTemplate(words.counterUnseconded, { mover, text })} ${words.fell}`);
  const seconders = proposal.seconderIds.map((id) => names.get(id) ?? '');
  const genitives = seconders.map(genitiveOfName);
  if (genitives.every((genitive): genitive is string => genitive !== null)) {
    return paragraph(fillTemplate(words.counterSeconded, { mover, seconders: joinFinnish(genitives, words.and), text }));
  }
  const verb = seconders.length === 1 ? words.secondedByOne : words.secondedByMany;
  return paragraph(fillTemplate(words.counterSecondedPlain, { mover, verb, seconders: joinFinnish(seconders, words.and), text }));
}

function voteProposalLine(vote: SectionVote): string {
  const yes = vote.yesMeans.trim() || meetingMinutes.vote.proposal;
  const no = vote.noMeans.trim() || meetingMinutes.vote.counter;
  const yesPartitive = proposalPartitive(yes);
  const noPartitive = proposalPartitive(no);
  if (yesPartitive !== null && noPartitive !== null) return fillTemplate(words.voteProposal, { yes: yesPartitive, no: noPartitive });
  return fillTemplate(words.voteProposalPlain, { yes, no });
}

function countsLine(count: VoteCount): string {
  const yes = count.jaa === 1 ? words.yesVotesOne : fillTemplate(words.yesVotesMany, { count: count.jaa });
  const no = count.ei === 1 ? words.noVotesOne : fillTemplate(words.noVotesMany, { count: count.ei });
  const blank = count.tyhja === 0 ? '' : count.tyhja === 1 ? words.blankVotesOne : fillTemplate(words.blankVotesMany, { count: count.tyhja });
  return fillTemplate(words.voteCounts, { yes, no, blank });
}

function resultLines(vote: SectionVote, count: VoteCount, bodyName: string): string[] {
  const result = count.result;
  if (result.kind === 'unresolved') return [words.tieUnresolved];
  const side = (result.winner === 'jaa' ? vote.yesMeans : vote.noMeans).trim() || (result.winner === 'jaa' ? meetingMinutes.vote.proposal : meetingMinutes.vote.counter);
  const body = bodySubject(bodyName).toLocaleLowerCase('fi-FI');
  const genitive = proposalGenitive(side);
  const decided =
    genitive === null
      ? fillTemplate(words.decidedAsPlain, { body, side, sideVotes: result.winner === 'jaa' ? words.yesSideVotes : words.noSideVotes })
      : fillTemplate(words.decidedAs, { body, side: genitive });
  return result.kind === 'chair' ? [words.tieChair, decided] : [decided];
}

function voteParagraphs(vote: SectionVote, count: VoteCount, names: ReadonlyMap<string, string>, bodyName: string): RichNode[] {
  const lists: [string, string[]][] = [
    [words.yesList, count.ids.jaa],
    [words.noList, count.ids.ei],
    [words.blankList, count.ids.tyhja],
  ];
  return [
    paragraph(voteProposalLine(vote)),
    paragraph([countsLine(count), ...resultLines(vote, count, bodyName)].join(' ')),
    ...lists.filter(([, ids]) => ids.length > 0).map(([label, ids]) => paragraph(label, ...ids.map((id) => names.get(id) ?? ''))),
  ];
}

function dissentParagraphs(handling: SectionHandling, names: ReadonlyMap<string, string>): RichNode[] {
  return handling.dissents.map((dissent) => paragraph(fillTemplate(dissent.written ? words.dissentWritten : words.dissentSpoken, { name: names.get(dissent.attendeeId) ?? '' })));
}

/**
 * The Käsittely of the § from its record, or null when the record has nothing to say (no event,
 * no disqualification, no proposal, no vote …): the § then prints no Käsittely.
 */
export function generateHandlingText(
  meeting: MeetingPart,
  sections: readonly Pick<MeetingSection, 'id' | 'position'>[],
  sectionId: string,
  handling: SectionHandling,
): RichDoc | null {
  const names = attendeeNames(meeting);
  const voters = votersAt(meeting, sectionOrderOf(sections), sectionId, handling).map((attendee) => attendee.id);
  const seconded = handling.counterProposals.some((proposal) => proposal.seconderIds.length > 0);
  const content: RichNode[] = [
    ...eventParagraphs(meeting, sectionId, names),
    ...disqualificationParagraphs(handling, names),
    ...expertParagraphs(handling),
    ...handling.counterProposals.map((proposal) => counterProposalParagraph(proposal, names)),
    ...(seconded && handling.votes.length > 0 ? [paragraph(words.mustVote)] : []),
    ...handling.votes.flatMap((vote) => voteParagraphs(vote, countVote(vote, voters, meeting.chairId), names, meeting.bodyName)),
    ...dissentParagraphs(handling, names),
    ...(handling.checkedAtMeeting ? [paragraph(words.checkedAtMeeting)] : []),
  ];
  return content.length === 0 ? null : docOf(...content);
}

/** What prints as the § 's Käsittely: the secretary's edited text, else the text written from the record. */
export function sectionHandlingText(
  meeting: MeetingPart,
  sections: readonly Pick<MeetingSection, 'id' | 'position'>[],
  section: Pick<MeetingSection, 'id' | 'handling' | 'handlingText'>,
): RichDoc | null {
  return section.handlingText ?? generateHandlingText(meeting, sections, section.id, section.handling);
}
