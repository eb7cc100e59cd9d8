// The open meeting as the screens hold it: its detail (meeting + agenda), the pool of approved
// items and the other items one may try to add. Every action is saved at once by the service and
// answers with the whole detail, which replaces what is shown; the pool is read again after it.
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../api';
import type { MeetingDetail, PoolItem } from '../../../../shared/ipc/channels/meetings';
import type { ItemSummary } from '../../../../shared/ipc/channels/items';
import type { AppError, Envelope } from '../../../../shared/ipc/define';

/** Items not yet approved: offered so that trying one says why it cannot go on the agenda. */
const unapproved = ['luonnos', 'tarkastettavana', 'palautettu'] as const;

export interface MeetingState {
  detail: MeetingDetail | null;
  pool: PoolItem[];
  others: ItemSummary[];
  /** A failure to read (the screen cannot be shown); an action's refusal is returned to its caller. */
  loadError: AppError | null;
  busy: boolean;
  reload: () => Promise<MeetingDetail | null>;
  /** Runs one action; true when it was saved (the detail shown is then the service's answer). */
  run: (action: () => Promise<Envelope<MeetingDetail>>) => Promise<Envelope<MeetingDetail>>;
  adopt: (detail: MeetingDetail) => void;
}

export function useMeeting(meetingId: string): MeetingState {
  const [detail, setDetail] = useState<MeetingDetail | null>(null);
  const [pool, setPool] = useState<PoolItem[]>([]);
  const [others, setOthers] = useState<ItemSummary[]>([]);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const readLists = useCallback(async () => {
    const [pooled, listed] = await Promise.all([call('meetings:pool', { meetingId }), call('items:list', { search: '', statuses: [...unapproved], meetingDate: null })]);
    if (pooled.ok) setPool(pooled.value);
    if (listed.ok) setOthers(listed.value);
  }, [meetingId]);

  const reload = useCallback(async () => {
    const envelope = await call('meetings:get', { id: meetingId });
    if (!envelope.ok) {
      setLoadError(envelope.error);
      return null;
    }
    setLoadError(null);
    setDetail(envelope.value);
    await readLists();
    return envelope.value;
  }, [meetingId, readLists]);

  useEffect(() => {
    let live = true;
    void call('meetings:get', { id: meetingId }).then(async (envelope) => {
      if (!live) return;
      if (!envelope.ok) {
        setLoadError(envelope.error);
        return;
      }
      setDetail(envelope.value);
      await readLists();
    });
    return () => { live = false; };
  }, [meetingId, readLists]);

  const run = useCallback(async (action: () => Promise<Envelope<MeetingDetail>>) => {
    setBusy(true);
    try {
      const envelope = await action();
      if (envelope.ok) {
        setDetail(envelope.value);
        await readLists();
      }
      return envelope;
    } finally {
      setBusy(false);
    }
  }, [readLists]);

  return { detail, pool, others, loadError, busy, reload, run, adopt: setDetail };
}
