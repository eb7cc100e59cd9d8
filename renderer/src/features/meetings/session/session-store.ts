// The session screen's data: the meeting as stored, with the changes not yet stored laid over it.
// One save queue for the meeting (attendance, events, officers: meetings:update) and one per §
// (its handling record: meetings:updateSection), each stating the updatedAt it read. A plain
// store read through useSyncExternalStore, so the queues and their timers live outside React.
import type { AppError, Envelope } from '../../../../../shared/ipc/define';
import type { MeetingDetail, MeetingPatch, SectionPatch } from '../../../../../shared/ipc/channels/meetings';
import type { Meeting } from '../../../../../shared/domain/meeting';
import { createSaveQueue } from './save-queue';
import type { QueueClock, QueueState, SaveQueue } from './save-queue';

export type SectionChange = Omit<SectionPatch, 'sectionId' | 'expectedUpdatedAt'>;
type UpdateInput = { id: string; expectedUpdatedAt: string; patch: MeetingPatch };
type SectionInput = SectionChange & { sectionId: string; expectedUpdatedAt: string };

/** How the store reaches the service; `closing` asks for a request that outlives the page. */
export interface SessionTransport {
  get: (id: string) => Promise<Envelope<MeetingDetail>>;
  update: (input: UpdateInput, closing: boolean) => Promise<Envelope<Meeting>>;
  updateSection: (input: SectionInput, closing: boolean) => Promise<Envelope<MeetingDetail>>;
}

export type SaveStatus = 'saved' | 'saving' | 'error';

/** Which queue: the meeting itself, or one § by its id. */
export type QueueKey = { kind: 'meeting' } | { kind: 'section'; sectionId: string };

export interface SessionSnapshot {
  /** What the screen shows: stored, with the unsaved changes over it. */
  detail: MeetingDetail | null;
  /** As stored. */
  stored: MeetingDetail | null;
  loadError: AppError | null;
  meetingState: QueueState<MeetingPatch>;
  sectionStates: ReadonlyMap<string, QueueState<SectionChange>>;
  saveStatus: SaveStatus;
  /** A stale write waiting for the user's choice. */
  conflict: { key: QueueKey; error: AppError } | null;
}

export interface SessionStore {
  subscribe: (listener: () => void) => () => void;
  snapshot: () => SessionSnapshot;
  load: () => Promise<boolean>;
  changeMeeting: (patch: MeetingPatch, delayMs?: number) => void;
  changeSection: (sectionId: string, patch: SectionChange, delayMs?: number) => void;
  flush: () => void;
  sendClosing: () => void;
  resolveConflict: (choice: 'reload' | 'overwrite') => Promise<void>;
}

/** The newer of two states of the meeting (ISO timestamps compare as text). */
function newer(current: Meeting, next: Meeting): Meeting {
  return next.updatedAt >= current.updatedAt ? next : current;
}

function overlay(stored: MeetingDetail, meetingLocal: MeetingPatch | null, sectionStates: ReadonlyMap<string, QueueState<SectionChange>>): MeetingDetail {
  return {
    meeting: meetingLocal ? { ...stored.meeting, ...meetingLocal } : stored.meeting,
    sections: stored.sections.map((section) => {
      const local = sectionStates.get(section.id)?.local;
      return local ? { ...section, ...local } : section;
    }),
  };
}

export function createSessionStore(meetingId: string, transport: SessionTransport, clock?: QueueClock): SessionStore {
  let stored: MeetingDetail | null = null;
  let loadError: AppError | null = null;
  const listeners = new Set<() => void>();
  const sectionQueues = new Map<string, SaveQueue<SectionChange>>();
  let current: SessionSnapshot;

  const compute = (): SessionSnapshot => {
    const meetingState = meetingQueue.state();
    const sectionStates = new Map([...sectionQueues].map(([id, queue]) => [id, queue.state()]));
    const states = [meetingState, ...sectionStates.values()];
    const blockedSection = [...sectionStates].find(([, state]) => state.blocked && state.error);
    const conflict =
      meetingState.blocked && meetingState.error
        ? { key: { kind: 'meeting' } as const, error: meetingState.error }
        : blockedSection?.[1].error
          ? { key: { kind: 'section', sectionId: blockedSection[0] } as const, error: blockedSection[1].error }
          : null;
    return {
      detail: stored ? overlay(stored, meetingState.local, sectionStates) : null,
      stored,
      loadError,
      meetingState,
      sectionStates,
      saveStatus: states.some((state) => state.error) ? 'error' : states.some((state) => state.saving || state.local) ? 'saving' : 'saved',
      conflict,
    };
  };
  const changed = () => {
    current = compute();
    for (const listener of listeners) listener();
  };
  const keep = (next: MeetingDetail) => {
    stored = next;
    changed();
  };

  const meetingQueue = createSaveQueue<MeetingPatch, Meeting>({
    send: (patch, closing) => transport.update({ id: meetingId, expectedUpdatedAt: stored?.meeting.updatedAt ?? '', patch }, closing),
    onSaved: (meeting) => { if (stored) keep({ ...stored, meeting: newer(stored.meeting, meeting) }); },
    onState: () => { changed(); },
    ...(clock ? { clock } : {}),
  });

  const sectionQueue = (sectionId: string): SaveQueue<SectionChange> => {
    const existing = sectionQueues.get(sectionId);
    if (existing) return existing;
    const queue = createSaveQueue<SectionChange, MeetingDetail>({
      send: (patch, closing) => {
        const section = stored?.sections.find((candidate) => candidate.id === sectionId);
        return transport.updateSection({ ...patch, sectionId, expectedUpdatedAt: section?.updatedAt ?? '' }, closing);
      },
      // The answer is the whole meeting: its §§ as stored now, and the meeting if no newer one is known.
      onSaved: (detail) => { keep(stored ? { ...detail, meeting: newer(stored.meeting, detail.meeting) } : detail); },
      onState: () => { changed(); },
      ...(clock ? { clock } : {}),
    });
    sectionQueues.set(sectionId, queue);
    return queue;
  };

  const load = async (): Promise<boolean> => {
    const envelope = await transport.get(meetingId);
    if (envelope.ok) {
      loadError = null;
      keep(envelope.value);
      return true;
    }
    loadError = envelope.error;
    changed();
    return false;
  };

  current = compute();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
    snapshot: () => current,
    load,
    changeMeeting: (patch, delayMs = 0) => { meetingQueue.change(patch, delayMs); },
    changeSection: (sectionId, patch, delayMs = 0) => { sectionQueue(sectionId).change(patch, delayMs); },
    flush: () => {
      meetingQueue.flush();
      for (const queue of sectionQueues.values()) queue.flush();
    },
    sendClosing: () => {
      meetingQueue.sendClosing();
      for (const queue of sectionQueues.values()) queue.sendClosing();
    },
    resolveConflict: async (choice) => {
      const blocked = [meetingQueue, ...sectionQueues.values()].filter((queue) => queue.state().blocked);
      if (choice === 'reload') for (const queue of blocked) queue.discard();
      if (!(await load())) return;
      if (choice === 'overwrite') for (const queue of blocked) queue.retry();
    },
  };
}
