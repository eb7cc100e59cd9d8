// "Tarkastettavanani": the items in review that the current user may approve or return, each with
// who sent it and when, the message, and what changed since the user last looked at it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import type { ReviewQueueEntry } from '../../../../shared/ipc/channels/review';
import type { AppError } from '../../../../shared/ipc/define';
import { formatVersionSummary } from '../../../../shared/format/version-summary-text';
import { useSession } from '../../app/session';
import { ErrorAlert } from '../../ui/error-alert';
import { openItem } from '../items/items-location';
import { formatWhen } from './when';

/** The editor is on another screen: the address changes and the shell is told, as from a meeting. */
function openFromQueue(itemId: string): void {
  openItem(itemId);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

function QueueEntry({ entry }: { entry: ReviewQueueEntry }) {
  const { t } = useTranslation();
  const { item, sent } = entry;
  const changes = entry.lastSeenVersion === null
    ? t('review.queue.neverSeen')
    : entry.changesSinceSeen === null
      ? t('review.queue.noChanges')
      : t('review.queue.changesSince', { summary: formatVersionSummary(entry.changesSinceSeen) });
  return (
    <li className="review-queue__entry" data-testid="queue-entry">
      <h2 className="review-queue__title">
        <a href={`?item=${encodeURIComponent(item.id)}#/items`} onClick={(event) => { event.preventDefault(); openFromQueue(item.id); }}>
          {item.title}
        </a>
      </h2>
      <p className="muted">
        {[item.caseNumber, t('review.queue.version', { version: entry.currentVersion })].filter((part) => part !== '').join(' · ')}
      </p>
      <p>{sent ? t('review.queue.sentBy', { name: sent.actor.name || t('review.round.noName'), when: formatWhen(sent.at, t) }) : t('review.queue.notSent')}</p>
      {sent && sent.message !== '' ? <p className="review-queue__message">{t('review.queue.message', { message: sent.message })}</p> : null}
      <p data-testid="queue-changes">{changes}</p>
    </li>
  );
}

export function ReviewQueuePage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [entries, setEntries] = useState<ReviewQueueEntry[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => {
    let live = true;
    void call('review:queue', {}).then((envelope) => {
      if (!live) return;
      if (envelope.ok) setEntries(envelope.value);
      else setError(envelope.error);
    });
    return () => { live = false; };
  }, []);
  return (
    <div className="review-queue">
      <h1>{t('review.queue.heading')}</h1>
      <p className="muted">{t('review.queue.intro')}</p>
      {session.user === null ? <p className="info-note">{t('review.queue.noUser')}</p> : null}
      <ErrorAlert error={error} onDismiss={() => { setError(null); }} />
      {entries === null && !error ? <p aria-busy="true">{t('ui.loading')}</p> : null}
      {entries?.length === 0 ? <p>{t('review.queue.empty')}</p> : null}
      {entries && entries.length > 0 ? (
        <ul className="review-queue__list" aria-label={t('review.queue.heading')}>
          {entries.map((entry) => <QueueEntry key={entry.item.id} entry={entry} />)}
        </ul>
      ) : null}
    </div>
  );
}
