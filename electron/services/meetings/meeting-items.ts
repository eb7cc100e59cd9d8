// What a meeting does to its agenda items (domain.md, "Workflow"; issue 8): on the agenda they
// carry the meeting's date, number, Asianro and § (read-only in the editor meanwhile); a deciding
// outcome handles them; tabled, returned or removed they go back to the pool with the line
// "Sivistyslautakunta 23.1.2024 § 5" added to their earlier handling; checked minutes lock them.
// Every change goes through writeItemVersion, so each keeps a version (status changes add one).
import type { AgendaItem, ItemStatus } from '../../../shared/domain/item';
import type { Meeting, MeetingSection, SectionOutcome } from '../../../shared/domain/meeting';
import { meetingNumberText, poolOutcomes } from '../../../shared/domain/meeting';
import { isResolutionEmpty, proposalAsDecision } from '../../../shared/domain/resolution';
import { appendEarlierHandling, earlierHandlingLine } from '../../../shared/domain/meeting-rules';
import type { RichDoc } from '../../../shared/domain/rich-text';
import * as itemsRepo from '../../../db/repositories/items-repository';
import { itemNotFound, versionCoalesceMs, writeItemVersion } from '../items/item-write';
import { setMeetingFields } from '../../../db/repositories/item-meeting-fields';
import { unfreezeProposalTexts } from '../items/item-service';
import { freezeLiveValues } from '../items/live-values';
import { unfreezeSummaries } from '../items/summary-freeze';
import type { ServiceDeps } from '../service-deps';
import { nextTimestamp } from '../updated-at';
import { currentActor } from '../session/session-service';

type Trx = ServiceDeps['db'];

export type MeetingFields = Pick<AgendaItem, 'bodyName' | 'meetingDate' | 'meetingNumber' | 'agendaNumber' | 'sectionNumber'>;

export const meetingFieldNames = ['bodyName', 'meetingDate', 'meetingNumber', 'agendaNumber', 'sectionNumber'] as const satisfies readonly (keyof MeetingFields)[];


/** The item's meeting data while it is on this meeting's agenda at this section. */
export function meetingFieldsOf(meeting: Meeting, section: Pick<MeetingSection, 'position' | 'sectionNumber'>): MeetingFields {
  return { bodyName: meeting.bodyName, meetingDate: meeting.date, meetingNumber: meetingNumberText(meeting), agendaNumber: section.position + 1, sectionNumber: section.sectionNumber };
}

/** Back in the pool: no meeting yet (the body stays as it was). */
export function clearedMeetingFields(item: AgendaItem): MeetingFields {
  return { bodyName: item.bodyName, meetingDate: null, meetingNumber: '', agendaNumber: null, sectionNumber: null };
}

/** "Sivistyslautakunta 23.1.2024 § 5": where the item was handled before its next meeting. */
export function handlingLineOf(meeting: Meeting, section: Pick<MeetingSection, 'sectionNumber' | 'position'>): string {
  return earlierHandlingLine(meeting.bodyName, meeting.date, section.sectionNumber ?? section.position + 1);
}

/** The earlier handling without the line this meeting added (its outcome taken back). */
export function withoutEarlierHandling(earlier: string, line: string): string {
  return earlier.split('\n').filter((entry) => entry.trim() !== line.trim()).join('\n');
}

/**
 * The earlier handling as it stood when this § was handled: the lines before its own. A tabled
 * item carries its own line into its next meeting; the minutes and extract of the § that tabled it
 * must not cite that § as its own earlier handling.
 */
export function earlierHandlingBefore(earlier: string, line: string): string {
  const lines = earlier.split('\n');
  const at = lines.findIndex((entry) => entry.trim() === line.trim());
  return at < 0 ? earlier : lines.slice(0, at).join('\n');
}

/** Reads and writes agenda items within one meeting action's transaction. */
export class MeetingItems {
  constructor(
    private readonly trx: Trx,
    private readonly deps: ServiceDeps,
  ) {}

  private now(): Date {
    return this.deps.now();
  }

  async get(id: string): Promise<AgendaItem> {
    const item = await itemsRepo.getItem(this.trx, id);
    if (!item) throw itemNotFound(id);
    return item;
  }

  /** Writes the changed item with a new stamp and a version ('status' when its status changed); nothing when nothing changed. */
  async write(stored: AgendaItem, changes: Partial<AgendaItem>): Promise<AgendaItem> {
    const next: AgendaItem = { ...stored, ...changes };
    const changed = (Object.keys(changes) as (keyof AgendaItem)[]).some((key) => JSON.stringify(stored[key]) !== JSON.stringify(next[key]));
    if (!changed) return stored;
    const written: AgendaItem = { ...next, updatedAt: nextTimestamp(this.now(), stored.updatedAt) };
    await writeItemVersion(this.trx, written, next.status === stored.status ? 'update' : 'status', this.now(), { actor: await currentActor(this.deps, this.trx) });
    return written;
  }

  /** Keeps the items' meeting data as their sections say (those sent back to the pool have left the meeting). */
  /**
   * A tabled, returned or removed item carries "Sivistyslautakunta 23.1.2024 § 2" into its next
   * meeting. When a reorder renumbers that § or the meeting's date moves, the line follows, so the
   * item never cites a § that the minutes give to another item. Checked minutes are not touched.
   */
  async relinePooled(before: Meeting, sectionsBefore: readonly MeetingSection[], after: Meeting, sectionsAfter: readonly MeetingSection[]): Promise<void> {
    const previous = new Map(sectionsBefore.map((section) => [section.id, section]));
    for (const section of sectionsAfter) {
      const old = previous.get(section.id);
      if (!old || section.outcome === null || !poolOutcomes.includes(section.outcome)) continue;
      const oldLine = handlingLineOf(before, old);
      const newLine = handlingLineOf(after, section);
      if (oldLine === newLine) continue;
      const item = await this.get(section.itemId);
      if (item.status === 'tarkastettu' || item.status === 'julkaistu') continue;
      const lines = item.earlierHandling.split('\n');
      const at = lines.map((line) => line.trim()).lastIndexOf(oldLine);
      if (at < 0) continue;
      lines[at] = newLine;
      await this.write(item, { earlierHandling: lines.join('\n') });
    }
  }

  async sync(meeting: Meeting, sections: readonly MeetingSection[]): Promise<void> {
    const wanted = new Map(sections.filter((section) => section.outcome === null || !poolOutcomes.includes(section.outcome)).map((section) => [section.itemId, meetingFieldsOf(meeting, section)]));
    await setMeetingFields(this.trx, wanted, (previous) => nextTimestamp(this.now(), previous), this.now(), versionCoalesceMs, await currentActor(this.deps, this.trx));
  }

  /**
   * The item as the outcome leaves it (null: back on the agenda, unhandled). A deciding outcome
   * with no decision written takes `standardDecision` (a standard item's own) or the proposal's.
   */
  async applyOutcome(meeting: Meeting, section: MeetingSection, outcome: SectionOutcome | null, standardDecision: RichDoc | null): Promise<void> {
    const item = await this.get(section.itemId);
    const line = handlingLineOf(meeting, section);
    if (outcome === null || !poolOutcomes.includes(outcome)) {
      const earlierHandling = withoutEarlierHandling(item.earlierHandling, line);
      const status: ItemStatus = outcome === null ? 'esityslistalla' : 'kasitelty';
      // The decision is the proposal unless changed: an item decided with no decision written gets the proposal's.
      const decision = status === 'kasitelty' && isResolutionEmpty(item.decision) ? (standardDecision ?? freezeLiveValues(proposalAsDecision(item.proposal))) : item.decision;
      await this.write(item, { status, earlierHandling, decision, ...meetingFieldsOf(meeting, section) });
      return;
    }
    const earlierHandling = appendEarlierHandling(item.earlierHandling, line);
    // An undecided item keeps no decision copied from its proposal at this meeting.
    const decision = item.status === 'kasitelty' && item.decision !== null && JSON.stringify(item.decision) === JSON.stringify(freezeLiveValues(proposalAsDecision(item.proposal))) ? null : item.decision;
    if (outcome === 'palautettiin_valmisteluun') {
      // Returned for preparation: a draft again, its proposal following the register until approved anew.
      await this.write(item, { status: 'luonnos', earlierHandling, decision, ...clearedMeetingFields(item), ...unfreezeProposalTexts(item), ...unfreezeSummaries(item) });
      return;
    }
    await this.write(item, { status: 'hyvaksytty', earlierHandling, decision, ...clearedMeetingFields(item) });
  }
}
