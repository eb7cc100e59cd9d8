// Bodies and their meetings (issue 8): the roster, the agenda, the handling record at the table,
// and the whole agenda, minutes and extract as Word files. Every change states the updatedAt the
// screen read and is refused with CONFLICT if someone saved since (two windows, two machines).
import { z } from 'zod';
import { channel } from '../define';
import type { ExportFile } from '../define';
import { memberRoles, otherRoles } from '../../domain/body';
import type { Body } from '../../domain/body';
import { meetingStatuses, presences, sectionOutcomes, standardItemKinds, voteChoices } from '../../domain/meeting';
import type { Meeting, MeetingSection, MeetingStatus } from '../../domain/meeting';
import type { ItemStatus, Publicity } from '../../domain/item';
import { richDocSchema } from '../../domain/rich-text-schema';
import { isIsoDate } from '../../format/date';

const entityId = z.string().min(1).max(64);
const isoDate = z.string().refine(isIsoDate, { error: 'validation.date.invalid' });
const expectedUpdatedAt = z.string({ error: 'validation.required' }).max(40);
const name = z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.text.tooLong' });
const text = (max: number) => z.string().trim().max(max, { error: 'validation.text.tooLong' });
/** "hh.mm" (or h.mm) as minutes print times; "" when not recorded. Colons are accepted and stored as dots by the service. */
const clockTime = z.string().trim().regex(/^$|^([01]?\d|2[0-3])[.:][0-5]\d$/u, { error: 'validation.meeting.timeInvalid' });

export const bodyInputSchema = z.object({
  /** null adds a body. */
  id: entityId.nullable().default(null),
  name,
  nameSv: text(200).default(''),
  defaultPlace: text(200).default(''),
  termStart: isoDate.nullable().default(null),
  termEnd: isoDate.nullable().default(null),
  members: z.array(z.object({ id: entityId, name, role: z.enum(memberRoles), deputyName: text(200).default('') })).max(100),
  others: z.array(z.object({ id: entityId, name, title: text(200).default(''), role: z.enum(otherRoles) })).max(100),
  sectionStarts: z.record(z.string().regex(/^\d{4}$/u), z.number().int().min(1).max(100000)).default({}),
  expectedUpdatedAt: expectedUpdatedAt.nullable().default(null),
});
export type BodyInput = z.output<typeof bodyInputSchema>;

const attendeeSchema = z.object({
  id: entityId,
  kind: z.enum(['member', 'other']),
  sourceId: entityId.nullable(),
  name,
  role: z.enum([...memberRoles, ...otherRoles]),
  title: text(200).default(''),
  deputyName: text(200).default(''),
  presence: z.enum(presences),
});

const eventSchema = z.object({
  id: entityId,
  attendeeId: entityId,
  kind: z.enum(['arrived', 'left']),
  time: clockTime,
  sectionId: entityId.nullable(),
});

/** What a meeting's data screen or the attendance list changes; absent fields stay as they are. */
export const meetingPatchSchema = z.object({
  number: z.number().int().min(1).max(999).optional(),
  date: isoDate.optional(),
  startTime: clockTime.optional(),
  endTime: clockTime.optional(),
  place: text(200).optional(),
  attendees: z.array(attendeeSchema).max(200).optional(),
  events: z.array(eventSchema).max(500).optional(),
  chairId: entityId.nullable().optional(),
  secretaryId: entityId.nullable().optional(),
  checkerIds: z.array(entityId).max(4).optional(),
  publicDisplay: text(500).optional(),
});
export type MeetingPatch = z.output<typeof meetingPatchSchema>;

export const handlingSchema = z.object({
  disqualifications: z.array(z.object({ id: entityId, attendeeId: entityId, ground: text(500).default(''), leftAt: clockTime.default(''), returnedAt: clockTime.default('') })).max(50),
  counterProposals: z.array(z.object({ id: entityId, moverId: entityId, seconderIds: z.array(entityId).max(50), text: text(20000) })).max(20),
  votes: z.array(z.object({ id: entityId, yesMeans: text(500), noMeans: text(500), counterProposalId: entityId.nullable(), votes: z.record(entityId, z.enum(voteChoices)) })).max(20),
  dissents: z.array(z.object({ id: entityId, attendeeId: entityId, written: z.boolean(), statement: text(20000).default('') })).max(50),
  experts: z.array(z.object({ id: entityId, name, title: text(200).default('') })).max(20),
  checkedAtMeeting: z.boolean(),
});

export const sectionPatchSchema = z.object({
  sectionId: entityId,
  expectedUpdatedAt,
  handling: handlingSchema.optional(),
  outcome: z.enum(sectionOutcomes).nullable().optional(),
  handlingText: richDocSchema.nullable().optional(),
  outcomeDecision: richDocSchema.nullable().optional(),
});
export type SectionPatch = z.output<typeof sectionPatchSchema>;

/** A line of the meetings list. */
export interface MeetingSummary {
  id: string;
  bodyId: string;
  bodyName: string;
  year: number;
  number: number;
  date: string;
  startTime: string;
  place: string;
  status: MeetingStatus;
  sectionCount: number;
  /** The first and last § given, null before the meeting has numbered them. */
  firstSection: number | null;
  lastSection: number | null;
  isSample: boolean;
}

/** What the meeting screens show of an item on the agenda. */
export interface SectionItem {
  id: string;
  title: string;
  caseNumber: string;
  status: ItemStatus;
  publicity: Publicity;
  presenterName: string;
  presenterTitle: string;
  earlierHandling: string;
  /** The item has a decision written (the item's own, for outcomes that decide). */
  hasDecision: boolean;
  updatedAt: string;
}

export interface MeetingDetail {
  meeting: Meeting;
  sections: (MeetingSection & { item: SectionItem })[];
}

/** An approved item waiting for a meeting. */
export interface PoolItem {
  id: string;
  title: string;
  caseNumber: string;
  /** "Sivistyslautakunta 23.1.2024 § 5" lines from earlier meetings that tabled or returned it. */
  earlierHandling: string;
  updatedAt: string;
}

const meetingRef = z.object({ id: entityId });

export const bodyChannels = {
  'bodies:list': channel(z.object({})).returns<Body[]>(),
  'bodies:save': channel(bodyInputSchema).returns<Body>(),
  /** Refused (CONFLICT, with a Finnish reason) while the body has meetings. */
  'bodies:delete': channel(z.object({ id: entityId, expectedUpdatedAt })).returns<{ id: string }>(),
};

export const meetingChannels = {
  'meetings:list': channel(z.object({ year: z.number().int().min(1900).max(2200).nullable().default(null) })).returns<MeetingSummary[]>(),
  'meetings:get': channel(meetingRef).returns<MeetingDetail>(),
  /** number null: the body's next number in the date's year. The attendance list is copied from the body. */
  'meetings:create': channel(
    z.object({ bodyId: entityId, number: z.number().int().min(1).max(999).nullable().default(null), date: isoDate, startTime: clockTime.default(''), place: text(200).nullable().default(null) }),
  ).returns<Meeting>(),
  'meetings:update': channel(z.object({ id: entityId, expectedUpdatedAt, patch: meetingPatchSchema })).returns<Meeting>(),
  /**
   * The meeting's step: sending the agenda, opening (gives the § numbers), closing, checking the
   * minutes (date and place; locks every §), publishing. Going back is allowed until checked.
   */
  'meetings:setStatus': channel(
    z.object({ id: entityId, expectedUpdatedAt, status: z.enum(meetingStatuses), minutesChecked: z.object({ date: isoDate, place: text(200) }).nullable().default(null) }),
  ).returns<MeetingDetail>(),
  /** Only a meeting with nothing handled; its items go back to the pool. */
  'meetings:delete': channel(z.object({ id: entityId, expectedUpdatedAt })).returns<{ id: string }>(),
  'meetings:pool': channel(z.object({ meetingId: entityId })).returns<PoolItem[]>(),
  /** An approved item to the agenda (at the end, or at position); anything else is refused with the reason. */
  'meetings:addItem': channel(z.object({ meetingId: entityId, itemId: entityId, position: z.number().int().min(0).max(1000).nullable().default(null) })).returns<MeetingDetail>(),
  /** Standard items from templates, each where it belongs (opening first, other matters last). */
  'meetings:addStandardItems': channel(z.object({ meetingId: entityId, kinds: z.array(z.enum(standardItemKinds)).min(1).max(7) })).returns<MeetingDetail>(),
  /** Off the agenda before the meeting: the item goes back to the pool (a standard item is deleted). */
  'meetings:removeSection': channel(z.object({ sectionId: entityId })).returns<MeetingDetail>(),
  /** Reorder: Asianro follow, and § numbers too until the minutes are checked. */
  'meetings:moveSection': channel(z.object({ sectionId: entityId, toPosition: z.number().int().min(0).max(1000) })).returns<MeetingDetail>(),
  'meetings:updateSection': channel(sectionPatchSchema).returns<MeetingDetail>(),
  'meetings:exportAgenda': channel(meetingRef).returns<ExportFile>(),
  'meetings:exportMinutes': channel(meetingRef).returns<ExportFile>(),
  /** Pöytäkirjanote of one §. */
  'meetings:exportExtract': channel(z.object({ sectionId: entityId })).returns<ExportFile>(),
};
