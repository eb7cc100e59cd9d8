// Meetings of a body (issue 8): creation with the body's roster copied, the meeting's data and
// attendance, the agenda (pool, items, standard items, order), the status steps with § numbers,
// and the handling record per §. Every action is one transaction (BEGIN IMMEDIATE): refused, it
// leaves every row as it was. A change states the updatedAt it read (CONFLICT otherwise), and
// nothing of a meeting whose minutes are checked changes (FROZEN).
import type { Body } from '../../../shared/domain/body';
import type { AgendaItem, ItemStatus, Publicity } from '../../../shared/domain/item';
import { emptyHandling, meetingStatuses, poolOutcomes, standardItemKinds } from '../../../shared/domain/meeting';
import type { Meeting, MeetingAttendee, MeetingSection, MeetingStatus, MinutesChecked, StandardItemKind } from '../../../shared/domain/meeting';
import { missingParts, completenessPaths } from '../../../shared/domain/item-completeness';
import { isResolutionEmpty, isUnamendedDecision, proposalAsDecision } from '../../../shared/domain/resolution';
import { freezeLiveValues } from '../items/live-values';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { ServiceError } from '../../../shared/errors';
import type { FieldIssue } from '../../../shared/ipc/define';
import type { MeetingDetail, MeetingPatch, MeetingSummary, PoolItem, SectionItem, SectionPatch } from '../../../shared/ipc/channels/meetings';
import * as bodiesRepo from '../../../db/repositories/bodies-repository';
import * as itemsRepo from '../../../db/repositories/items-repository';
import * as versionsRepo from '../../../db/repositories/item-versions-repository';
import * as meetingsRepo from '../../../db/repositories/meetings-repository';
import { itemAppealDefaults } from '../items/item-appeal';
import { templateDraft } from '../items/templates';
import { insertPlainVersion, writeItemVersion } from '../items/item-write';
import { currentActor } from '../session/session-service';
import { readOrganisationSettings } from '../settings/settings-service';
import type { ServiceDeps } from '../service-deps';
import { assertUnchanged, nextTimestamp } from '../updated-at';
import { inTransaction } from '../transaction';
import { isNumbered, numberedStatuses, writeAgenda } from './meeting-agenda';
import { clearedMeetingFields, meetingFieldsOf, MeetingItems } from './meeting-items';
import { attendanceChangeIssues, sectionLabel } from './meeting-attendance-guard';
import { handlingErrors } from '../../../shared/domain/meeting-rules-problems';
import { validateAttendance } from '../../../shared/domain/meeting-rules-validate-attendance';
import { handlingIssues, standardItemDecision } from './meeting-rules-bridge';
import { ordinaryItemPosition, standardItemPosition, standardItemTemplate } from '../../../shared/domain/standard-items';
import { outcomeDecision as outcomeDecisionOf } from '../../../shared/format/meeting-decisions';
import { chooseAppeal } from '../items/item-appeal';
import { listAppealTexts } from '../../../db/repositories/appeal-texts-repository';

type Trx = ServiceDeps['db'];

const issue = (path: string, key: string): FieldIssue => ({ path, message: `meetingService.error.${key}` });

function validation(message: string, fields: FieldIssue[]): ServiceError {
  return new ServiceError('VALIDATION', message, fields);
}

export function meetingNotFound(id: string): ServiceError {
  return new ServiceError('NOT_FOUND', `No meeting ${id}`, [issue('id', 'meetingNotFound')]);
}

/** "hh.mm" as minutes print times; the schema accepts a colon too. */
export function clockText(time: string): string {
  const trimmed = time.trim().replace(':', '.');
  return /^\d\./u.test(trimmed) ? `0${trimmed}` : trimmed;
}

const statusIndex = (status: MeetingStatus) => meetingStatuses.indexOf(status);
const isLocked = (status: MeetingStatus) => status === 'tarkastettu' || status === 'julkaistu';
const isHandled = (section: MeetingSection) => section.outcome !== null;

function rosterOf(body: Body, newId: () => string): MeetingAttendee[] {
  return [
    ...body.members.map((member): MeetingAttendee => ({ id: newId(), kind: 'member', sourceId: member.id, name: member.name, role: member.role, title: '', deputyName: member.deputyName, presence: 'present' })),
    ...body.others.map((other): MeetingAttendee => ({ id: newId(), kind: 'other', sourceId: other.id, name: other.name, role: other.role, title: other.title, deputyName: '', presence: 'present' })),
  ];
}

function sectionItemOf(row: meetingsRepo.SectionItemRow): SectionItem {
  return {
    id: row.id,
    title: row.title,
    caseNumber: row.case_number,
    status: row.status as ItemStatus,
    publicity: JSON.parse(row.publicity) as Publicity,
    presenterName: row.presenter_name,
    presenterTitle: row.presenter_title,
    earlierHandling: row.earlier_handling,
    hasDecision: !isResolutionEmpty(row.decision === null ? null : (JSON.parse(row.decision) as AgendaItem['decision'])),
    updatedAt: row.updated_at,
  };
}

export interface CreateMeetingInput {
  bodyId: string;
  number: number | null;
  date: string;
  startTime: string;
  place: string | null;
}

export interface SetStatusInput {
  id: string;
  expectedUpdatedAt: string;
  status: MeetingStatus;
  minutesChecked: MinutesChecked | null;
}

export class MeetingService {
  constructor(private readonly deps: ServiceDeps) {}

  private stamp(previous: string | null): string {
    return nextTimestamp(this.deps.now(), previous);
  }

  private async mustGet(trx: Trx, id: string): Promise<Meeting> {
    const meeting = await meetingsRepo.getMeeting(trx, id);
    if (!meeting) throw meetingNotFound(id);
    return meeting;
  }

  private async bodyOf(trx: Trx, meeting: Pick<Meeting, 'bodyId'>): Promise<Body> {
    const body = await bodiesRepo.getBody(trx, meeting.bodyId);
    if (!body) throw new ServiceError('NOT_FOUND', `No body ${meeting.bodyId}`, [issue('bodyId', 'bodyNotFound')]);
    return body;
  }

  private assertOpen(meeting: Meeting): void {
    if (isLocked(meeting.status)) throw new ServiceError('FROZEN', `Minutes of meeting ${meeting.id} are checked`, [issue('id', 'frozen')]);
  }

  private async mustGetSection(trx: Trx, id: string): Promise<{ section: MeetingSection; meeting: Meeting }> {
    const section = await meetingsRepo.getSection(trx, id);
    if (!section) throw new ServiceError('NOT_FOUND', `No section ${id}`, [issue('sectionId', 'sectionNotFound')]);
    return { section, meeting: await this.mustGet(trx, section.meetingId) };
  }

  private async detail(trx: Trx, meeting: Meeting): Promise<MeetingDetail> {
    const sections = await meetingsRepo.listSections(trx, meeting.id);
    const rows = new Map((await meetingsRepo.sectionItemRows(trx, sections.map((section) => section.itemId))).map((row) => [row.id, row]));
    return {
      meeting,
      sections: sections.flatMap((section) => {
        const row = rows.get(section.itemId);
        return row ? [{ ...section, item: sectionItemOf(row) }] : [];
      }),
    };
  }

  list(year: number | null): Promise<MeetingSummary[]> {
    return meetingsRepo.listMeetings(this.deps.db, year);
  }

  async get(id: string): Promise<MeetingDetail> {
    return this.detail(this.deps.db, await this.mustGet(this.deps.db, id));
  }

  /** The body's roster copied as the attendance list; the default place and the next number when not given. */
  async create(input: CreateMeetingInput, options: { isSample?: boolean } = {}): Promise<Meeting> {
    return inTransaction(this.deps.db, async (trx) => {
      const body = await this.bodyOf(trx, input);
      const year = Number(input.date.slice(0, 4));
      const number = input.number ?? (await meetingsRepo.maxMeetingNumber(trx, body.id, year)) + 1;
      if (await meetingsRepo.isNumberTaken(trx, body.id, year, number, null)) throw validation(`Meeting ${String(number)}/${String(year)} of ${body.id} exists`, [issue('number', 'numberTaken')]);
      const attendees = rosterOf(body, this.deps.newId);
      const now = this.stamp(null);
      const meeting: Meeting = {
        id: this.deps.newId(),
        bodyId: body.id,
        bodyName: body.name,
        year,
        number,
        date: input.date,
        startTime: clockText(input.startTime),
        endTime: '',
        place: input.place ?? body.defaultPlace,
        status: 'suunniteltu',
        attendees,
        events: [],
        chairId: attendees.find((attendee) => attendee.role === 'puheenjohtaja')?.id ?? null,
        secretaryId: attendees.find((attendee) => attendee.role === 'poytakirjanpitaja')?.id ?? null,
        checkerIds: [],
        minutesChecked: null,
        publicDisplay: '',
        isSample: options.isSample ?? false,
        createdAt: now,
        updatedAt: now,
      };
      await meetingsRepo.insertMeeting(trx, meeting);
      return meeting;
    });
  }

  /** The meeting's data and attendance; the items follow a new date or number. */
  async update(id: string, expectedUpdatedAt: string, patch: MeetingPatch): Promise<Meeting> {
    return inTransaction(this.deps.db, async (trx) => {
      const stored = await this.mustGet(trx, id);
      this.assertOpen(stored);
      assertUnchanged(`Meeting ${id}`, stored.updatedAt, expectedUpdatedAt, 'meetingService.error.meetingConflict');
      const date = patch.date ?? stored.date;
      const year = Number(date.slice(0, 4));
      const number = patch.number ?? stored.number;
      const sections = await meetingsRepo.listSections(trx, id);
      if (year !== stored.year && sections.some((section) => section.sectionNumber !== null)) throw validation(`Meeting ${id} is numbered`, [issue('date', 'yearChangeNumbered')]);
      if ((year !== stored.year || number !== stored.number) && (await meetingsRepo.isNumberTaken(trx, stored.bodyId, year, number, id))) {
        throw validation(`Meeting ${String(number)}/${String(year)} exists`, [issue(patch.number === undefined ? 'date' : 'number', 'numberTaken')]);
      }
      const next: Meeting = {
        ...stored,
        ...(patch.place === undefined ? {} : { place: patch.place }),
        ...(patch.publicDisplay === undefined ? {} : { publicDisplay: patch.publicDisplay }),
        ...(patch.attendees === undefined ? {} : { attendees: patch.attendees }),
        ...(patch.events === undefined ? {} : { events: patch.events.map((event) => ({ ...event, time: clockText(event.time) })) }),
        ...(patch.chairId === undefined ? {} : { chairId: patch.chairId }),
        ...(patch.secretaryId === undefined ? {} : { secretaryId: patch.secretaryId }),
        ...(patch.checkerIds === undefined ? {} : { checkerIds: patch.checkerIds }),
        date,
        year,
        number,
        startTime: patch.startTime === undefined ? stored.startTime : clockText(patch.startTime),
        endTime: patch.endTime === undefined ? stored.endTime : clockText(patch.endTime),
      };
      // First the named refusal of a dropped attendee still in use, then the generic reference check.
      if (patch.attendees !== undefined || patch.events !== undefined) {
        const broken = attendanceChangeIssues(stored, next, sections, patch.attendees === undefined ? 'patch.events' : 'patch.attendees');
        if (broken.length > 0) throw validation(`Meeting ${id}: the attendance change breaks a recorded section`, broken);
      }
      const problems = this.referenceProblems(next, sections);
      if (problems.length > 0) throw validation(`Meeting ${id} refers to unknown attendees or sections`, problems);
      // The attendance rules the screen shows (a chair who is not a member, a time not hh.mm): their errors refuse, their warnings are saved.
      const attendance = handlingErrors(validateAttendance(next, sections));
      if (attendance.length > 0) throw validation(`Meeting ${id}: ${attendance.map((entry) => entry.code).join(', ')}`, attendance.map((entry) => ({ path: `patch.${entry.path}`, message: entry.key, params: entry.params })));
      const written: Meeting = { ...next, updatedAt: this.stamp(stored.updatedAt) };
      await meetingsRepo.updateMeeting(trx, written);
      if (year !== stored.year) await meetingsRepo.writeOrder(trx, written, sections);
      if (date !== stored.date || number !== stored.number || year !== stored.year) {
        const items = new MeetingItems(trx, this.deps);
        await items.sync(written, sections);
      }
      if (date !== stored.date) await new MeetingItems(trx, this.deps).relinePooled(stored, sections, written, sections);
      await this.refreshStandardDecisions(trx, stored, written, sections);
      return written;
    });
  }

  /**
   * The opening, legality and checkers §§ decided before the start time, the attendance or the
   * checkers were set wrote their decision from the meeting as it then was ("valitaan … ja …",
   * a quorum since lost). While the decision is still the one written for them, it follows the
   * meeting; a decision the secretary has edited is left as it is.
   */
  private async refreshStandardDecisions(trx: Trx, stored: Meeting, written: Meeting, sections: readonly MeetingSection[]): Promise<void> {
    const items = new MeetingItems(trx, this.deps);
    for (const section of sections) {
      if (section.standardKind === null || section.outcome === null || poolOutcomes.includes(section.outcome)) continue;
      const item = await items.get(section.itemId);
      const before = standardItemDecision(stored, sections, section.standardKind) ?? freezeLiveValues(proposalAsDecision(item.proposal));
      if (JSON.stringify(item.decision) !== JSON.stringify(before)) continue;
      const after = standardItemDecision(written, sections, section.standardKind) ?? before;
      await items.write(item, { decision: after });
    }
  }

  /** Chair, secretary, checkers and events name attendees of this meeting; events name its sections. */
  private referenceProblems(meeting: Meeting, sections: readonly MeetingSection[]): FieldIssue[] {
    const attendees = new Set(meeting.attendees.map((attendee) => attendee.id));
    const sectionIds = new Set(sections.map((section) => section.id));
    const problems: FieldIssue[] = [];
    if (meeting.chairId !== null && !attendees.has(meeting.chairId)) problems.push(issue('patch.chairId', 'attendeeUnknown'));
    if (meeting.secretaryId !== null && !attendees.has(meeting.secretaryId)) problems.push(issue('patch.secretaryId', 'attendeeUnknown'));
    meeting.checkerIds.forEach((checker, index) => {
      if (!attendees.has(checker)) problems.push(issue(`patch.checkerIds.${String(index)}`, 'attendeeUnknown'));
    });
    meeting.events.forEach((event, index) => {
      if (!attendees.has(event.attendeeId)) problems.push(issue(`patch.events.${String(index)}.attendeeId`, 'attendeeUnknown'));
      if (event.sectionId !== null && !sectionIds.has(event.sectionId)) problems.push(issue(`patch.events.${String(index)}.sectionId`, 'sectionUnknown'));
    });
    return problems;
  }

  /**
   * The meeting's step. Forward: to any later step up to closing; checking the minutes only from
   * closed (with date and place; every § needs its outcome; the items become 'tarkastettu' and
   * lock); publishing only from checked. Back: any earlier step until the minutes are checked;
   * back before the session only while nothing is handled (the §§ are taken off again).
   */
  async setStatus(input: SetStatusInput): Promise<MeetingDetail> {
    return inTransaction(this.deps.db, async (trx) => {
      const stored = await this.mustGet(trx, input.id);
      assertUnchanged(`Meeting ${input.id}`, stored.updatedAt, input.expectedUpdatedAt, 'meetingService.error.meetingConflict');
      if (stored.status === input.status) return this.detail(trx, stored);
      const target = input.status;
      const forward = statusIndex(target) > statusIndex(stored.status);
      if (isLocked(stored.status) && !(stored.status === 'tarkastettu' && target === 'julkaistu')) {
        throw new ServiceError('FROZEN', `Minutes of meeting ${stored.id} are checked`, [issue('status', 'frozen')]);
      }
      if ((target === 'tarkastettu' && stored.status !== 'paattynyt') || (target === 'julkaistu' && stored.status !== 'tarkastettu')) {
        throw new ServiceError('STATUS_NOT_ALLOWED', `Meeting ${stored.id} cannot go from ${stored.status} to ${target}`, [issue('status', 'statusStep')]);
      }
      const sections = await meetingsRepo.listSections(trx, stored.id);
      const items = new MeetingItems(trx, this.deps);
      let minutesChecked = stored.minutesChecked;
      let ordered = sections;
      if (target === 'tarkastettu') {
        if (input.minutesChecked === null || input.minutesChecked.place.trim() === '') throw validation(`Meeting ${stored.id} needs the checking date and place`, [issue('minutesChecked', 'minutesCheckedRequired')]);
        const unhandled = sections.map((section, index) => ({ section, index })).filter(({ section }) => !isHandled(section));
        if (unhandled.length > 0) throw validation(`Meeting ${stored.id} has sections without an outcome`, unhandled.map(({ index }) => issue(`sections.${String(index)}.outcome`, 'outcomeMissing')));
        for (const section of sections) {
          // The minutes checked would state the unamended proposal as the decision of a § approved as amended.
          if (isUnamendedDecision(section.outcome, await items.get(section.itemId))) {
            throw validation(`Section ${section.id} approved as amended still has the proposal as its decision`, [{ ...issue(`sections.${String(section.position)}.decision`, 'amendedDecisionUnchanged'), params: { section: sectionLabel(section) } }]);
          }
        }
        minutesChecked = input.minutesChecked;
      }
      if (!forward && !numberedStatuses.includes(target) && isNumbered(stored.status)) {
        if (sections.some(isHandled)) throw validation(`Meeting ${stored.id} has handled sections`, [issue('status', 'handledCannotGoBack')]);
        ordered = await writeAgenda(trx, stored, await this.bodyOf(trx, stored), sections, false);
      }
      if (numberedStatuses.includes(target)) ordered = await writeAgenda(trx, stored, await this.bodyOf(trx, stored), sections, true);
      const next: Meeting = { ...stored, status: target, minutesChecked, updatedAt: this.stamp(stored.updatedAt) };
      await meetingsRepo.updateMeeting(trx, next);
      if (target === 'tarkastettu' || target === 'julkaistu') {
        for (const section of ordered) {
          if (section.outcome !== null && poolOutcomes.includes(section.outcome)) continue;
          const item = await items.get(section.itemId);
          await items.write(item, { status: target, ...meetingFieldsOf(next, section) });
        }
      } else await items.sync(next, ordered);
      return this.detail(trx, next);
    });
  }

  /** Only a meeting with nothing handled: its items go back to the pool, its standard items go. */
  async delete(id: string, expectedUpdatedAt: string): Promise<{ id: string }> {
    return inTransaction(this.deps.db, async (trx) => {
      const stored = await this.mustGet(trx, id);
      this.assertOpen(stored);
      assertUnchanged(`Meeting ${id}`, stored.updatedAt, expectedUpdatedAt, 'meetingService.error.meetingConflict');
      const sections = await meetingsRepo.listSections(trx, id);
      if (sections.some(isHandled)) throw validation(`Meeting ${id} has handled sections`, [issue('id', 'deleteHandled')]);
      await meetingsRepo.deleteSectionsOf(trx, id);
      const items = new MeetingItems(trx, this.deps);
      for (const section of sections) await this.releaseItem(trx, items, section);
      await meetingsRepo.softDeleteMeeting(trx, id, this.stamp(stored.updatedAt));
      return { id };
    });
  }

  /** An item off the agenda: back to the pool, or, a standard item, deleted with its version. */
  private async releaseItem(trx: Trx, items: MeetingItems, section: MeetingSection): Promise<void> {
    const item = await items.get(section.itemId);
    if (section.standardKind === null) {
      await items.write(item, { status: 'hyvaksytty', ...clearedMeetingFields(item) });
      return;
    }
    const version = (await versionsRepo.latestVersion(trx, item.id))?.version ?? 0;
    const now = this.deps.now().toISOString();
    await itemsRepo.setDeletedAt(trx, item.id, now, version + 1);
    await insertPlainVersion(trx, item, version + 1, 'delete', now, await currentActor(this.deps, trx));
  }

  async pool(meetingId: string): Promise<PoolItem[]> {
    await this.mustGet(this.deps.db, meetingId);
    return meetingsRepo.poolItems(this.deps.db);
  }

  /** An approved item onto the agenda (at the end, or at position). Refused with the reason otherwise. */
  async addItem(meetingId: string, itemId: string, position: number | null): Promise<MeetingDetail> {
    return inTransaction(this.deps.db, async (trx) => {
      const meeting = await this.mustGet(trx, meetingId);
      this.assertOpen(meeting);
      const items = new MeetingItems(trx, this.deps);
      const item = await items.get(itemId);
      const sections = await meetingsRepo.listSections(trx, meetingId);
      if (sections.some((section) => section.itemId === itemId)) throw validation(`Item ${itemId} is on meeting ${meetingId}`, [issue('itemId', 'itemOnThisMeeting')]);
      if (await meetingsRepo.activeSectionOfItem(trx, itemId)) throw validation(`Item ${itemId} is on another meeting`, [issue('itemId', 'itemOnOtherMeeting')]);
      if (item.status !== 'hyvaksytty') throw validation(`Item ${itemId} is ${item.status}`, [issue('itemId', `itemNotApproved.${item.status}`)]);
      const section: MeetingSection = {
        id: this.deps.newId(),
        meetingId,
        itemId,
        position: 0,
        sectionNumber: null,
        standardKind: null,
        handling: emptyHandling(),
        outcome: null,
        handlingText: null,
        outcomeDecision: null,
        updatedAt: this.stamp(null),
      };
      const at = Math.min(position ?? ordinaryItemPosition(sections.map((entry) => entry.standardKind)), sections.length);
      await meetingsRepo.insertSection(trx, section, meeting);
      const ordered = await writeAgenda(trx, meeting, await this.bodyOf(trx, meeting), [...sections.slice(0, at), section, ...sections.slice(at)], isNumbered(meeting.status));
      const placed = ordered[at] ?? section;
      const next: AgendaItem = { ...item, status: 'esityslistalla', ...meetingFieldsOf(meeting, placed) };
      const missing = missingParts(next, 'esityslistalla');
      if (missing.length > 0) {
        throw new ServiceError('INCOMPLETE', `Item ${itemId} lacks ${missing.join(', ')}`, missing.map((part) => ({ path: completenessPaths[part], message: `items.incomplete.${part}` })));
      }
      await items.write(item, { status: 'esityslistalla', ...meetingFieldsOf(meeting, placed) });
      await items.sync(meeting, ordered.filter((other) => other.id !== section.id));
      await items.relinePooled(meeting, sections, meeting, ordered);
      return this.detail(trx, meeting);
    });
  }

  /** Standard items from their templates, each where it belongs; a kind the agenda has already is not added twice. */
  async addStandardItems(meetingId: string, kinds: readonly StandardItemKind[]): Promise<MeetingDetail> {
    return inTransaction(this.deps.db, async (trx) => {
      const meeting = await this.mustGet(trx, meetingId);
      this.assertOpen(meeting);
      const listed = await meetingsRepo.listSections(trx, meetingId);
      let sections = listed;
      const settings = await readOrganisationSettings(trx);
      const appeal = await itemAppealDefaults(trx);
      const texts = await listAppealTexts(trx);
      const added: MeetingSection[] = [];
      // In canonical order, each placed on the agenda as it then is (standard-items.ts).
      for (const kind of standardItemKinds.filter((entry) => kinds.includes(entry))) {
        if (sections.some((section) => section.standardKind === kind)) continue;
        const template = standardItemTemplate(kind, meeting.bodyName);
        const draft = templateDraft('empty', { settings, meetingDate: meeting.date, year: meeting.year, appeal }, this.deps.newId);
        const now = this.stamp(null);
        const item: AgendaItem = {
          ...draft,
          bodyName: meeting.bodyName,
          title: template.title,
          background: template.background,
          proposal: template.proposal,
          appeal: chooseAppeal(texts, template.appealTextId, template.appealKind),
          id: this.deps.newId(),
          status: 'esityslistalla',
          isSample: meeting.isSample,
          createdAt: now,
          updatedAt: now,
        };
        await writeItemVersion(trx, item, 'create', this.deps.now(), { actor: await currentActor(this.deps, trx) });
        const section: MeetingSection = { id: this.deps.newId(), meetingId, itemId: item.id, position: 0, sectionNumber: null, standardKind: kind, handling: emptyHandling(), outcome: null, handlingText: null, outcomeDecision: null, updatedAt: now };
        await meetingsRepo.insertSection(trx, section, meeting);
        const at = standardItemPosition(sections.map((entry) => entry.standardKind), kind);
        sections = [...sections.slice(0, at), section, ...sections.slice(at)];
        added.push(section);
      }
      if (added.length === 0) return this.detail(trx, meeting);
      const ordered = await writeAgenda(trx, meeting, await this.bodyOf(trx, meeting), sections, isNumbered(meeting.status));
      const items = new MeetingItems(trx, this.deps);
      await items.sync(meeting, ordered);
      await items.relinePooled(meeting, listed, meeting, ordered);
      return this.detail(trx, meeting);
    });
  }

  /** Off the agenda while nothing is recorded for it: the item back to the pool (a standard item deleted). */
  async removeSection(sectionId: string): Promise<MeetingDetail> {
    return inTransaction(this.deps.db, async (trx) => {
      const { section, meeting } = await this.mustGetSection(trx, sectionId);
      this.assertOpen(meeting);
      if (isHandled(section) || JSON.stringify(section.handling) !== JSON.stringify(emptyHandling())) throw validation(`Section ${sectionId} is handled`, [issue('sectionId', 'removeHandled')]);
      const listed = await meetingsRepo.listSections(trx, meeting.id);
      const rest = listed.filter((other) => other.id !== sectionId);
      await meetingsRepo.deleteSection(trx, sectionId);
      const items = new MeetingItems(trx, this.deps);
      await this.releaseItem(trx, items, section);
      const ordered = await writeAgenda(trx, meeting, await this.bodyOf(trx, meeting), rest, isNumbered(meeting.status));
      await items.sync(meeting, ordered);
      await items.relinePooled(meeting, listed, meeting, ordered);
      // Attendance events at the removed § now happen before the next one.
      if (meeting.events.some((event) => event.sectionId === sectionId)) {
        const following = ordered[section.position]?.id ?? null;
        await meetingsRepo.updateMeeting(trx, { ...meeting, events: meeting.events.map((event) => (event.sectionId === sectionId ? { ...event, sectionId: following } : event)), updatedAt: this.stamp(meeting.updatedAt) });
      }
      return this.detail(trx, (await meetingsRepo.getMeeting(trx, meeting.id)) ?? meeting);
    });
  }

  /** Reorder: Asianro follow, and the §§ too until the minutes are checked. */
  async moveSection(sectionId: string, toPosition: number): Promise<MeetingDetail> {
    return inTransaction(this.deps.db, async (trx) => {
      const { section, meeting } = await this.mustGetSection(trx, sectionId);
      this.assertOpen(meeting);
      const sections = await meetingsRepo.listSections(trx, meeting.id);
      const rest = sections.filter((other) => other.id !== sectionId);
      const at = Math.min(toPosition, rest.length);
      if (sections[at]?.id === sectionId) return this.detail(trx, meeting);
      const ordered = await writeAgenda(trx, meeting, await this.bodyOf(trx, meeting), [...rest.slice(0, at), section, ...rest.slice(at)], isNumbered(meeting.status));
      const items = new MeetingItems(trx, this.deps);
      await items.sync(meeting, ordered);
      await items.relinePooled(meeting, sections, meeting, ordered);
      return this.detail(trx, meeting);
    });
  }

  /** The handling record, the outcome and their texts; the item follows the outcome. */
  async updateSection(patch: SectionPatch): Promise<MeetingDetail> {
    return inTransaction(this.deps.db, async (trx) => {
      const { section, meeting } = await this.mustGetSection(trx, patch.sectionId);
      this.assertOpen(meeting);
      assertUnchanged(`Section ${section.id}`, section.updatedAt, patch.expectedUpdatedAt, 'meetingService.error.sectionConflict');
      if (!numberedStatuses.includes(meeting.status)) throw validation(`Meeting ${meeting.id} is not in session`, [issue('sectionId', 'notInSession')]);
      const handling = patch.handling ?? section.handling;
      const sections = await meetingsRepo.listSections(trx, meeting.id);
      const problems = handlingIssues(meeting, sections, section.id, handling);
      if (problems.length > 0) throw validation(`Handling of ${section.id} is invalid`, problems);
      const outcome = patch.outcome === undefined ? section.outcome : patch.outcome;
      const isPool = outcome !== null && poolOutcomes.includes(outcome);
      const outcomeChanged = outcome !== section.outcome;
      const defaultDecision = isPool ? outcomeDecisionOf(outcome, meeting.bodyName) : null;
      const outcomeDecision = patch.outcomeDecision !== undefined ? patch.outcomeDecision : outcomeChanged ? defaultDecision : section.outcomeDecision;
      const next: MeetingSection = {
        ...section,
        handling,
        outcome,
        handlingText: patch.handlingText === undefined ? section.handlingText : patch.handlingText,
        outcomeDecision: isPool ? outcomeDecision : null,
        updatedAt: this.stamp(section.updatedAt),
      };
      if (outcomeChanged) await this.applyOutcome(trx, meeting, section, next, section.standardKind === null ? null : standardItemDecision(meeting, sections, section.standardKind));
      await meetingsRepo.updateSectionRecord(trx, next);
      return this.detail(trx, meeting);
    });
  }

  /** The item as the new outcome leaves it; refused when the item has moved on since a pool outcome. */
  private async applyOutcome(trx: Trx, meeting: Meeting, before: MeetingSection, after: MeetingSection, standardDecision: RichDoc | null): Promise<void> {
    const items = new MeetingItems(trx, this.deps);
    const wasPool = before.outcome !== null && poolOutcomes.includes(before.outcome);
    if (wasPool) {
      // Another outcome after one that sent the item back: only while it waits in the pool untouched by another meeting.
      const active = await meetingsRepo.activeSectionOfItem(trx, before.itemId);
      if (active && active.meetingId !== meeting.id) throw validation(`Item ${before.itemId} is on meeting ${active.meetingId}`, [issue('outcome', 'outcomeItemElsewhere')]);
      const item = await items.get(before.itemId);
      if (item.status !== 'hyvaksytty') throw validation(`Item ${before.itemId} is ${item.status}`, [issue('outcome', before.outcome === 'palautettiin_valmisteluun' ? 'outcomeItemReopened' : 'outcomeItemElsewhere')]);
    }
    await items.applyOutcome(meeting, after, after.outcome, standardDecision);
  }
}
