// The item's history beside the editor: every saved version (time, author, the status then, what
// changed), any two compared inline or side by side, the two comparisons a reviewer asks for
// ("Muutokset hyväksynnän jälkeen", "Muutokset edellisen katseluni jälkeen") in one click, and an
// old version restored as a new one after a confirmation (nothing is lost; the editor reloads).
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import type { ItemComparison, VersionEntry } from '../../../../../shared/domain/compare-types';
import type { ItemReviewState } from '../../../../../shared/domain/review';
import type { AppError, Envelope } from '../../../../../shared/ipc/define';
import { Dialog } from '../../../ui/dialog';
import { ErrorAlert } from '../../../ui/error-alert';
import { formatDateTime } from '../comments/date-time';
import { CompareView } from './compare-view';
import type { CompareMode } from './compare-view';
import { formatVersionSummary } from '../../../../../shared/format/version-summary-text';

interface Props {
  itemId: string;
  /** The review state read when the item was opened, before this opening was marked seen. */
  reviewState: ItemReviewState | null;
  /** Saves what is pending; false when it could not. */
  flush: () => Promise<boolean>;
  /** The stored item's version stamp now (for the restore's conflict check). */
  updatedAt: () => string;
  /** After a restore: the editor reads the item anew. */
  onRestored: () => void;
}

export function VersionsPanel({ itemId, reviewState, flush, updatedAt, onRestored }: Props) {
  const { t } = useTranslation();
  const [versions, setVersions] = useState<VersionEntry[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [mode, setMode] = useState<CompareMode>('inline');
  const [comparison, setComparison] = useState<ItemComparison | null>(null);
  const [problem, setProblem] = useState<AppError | string | null>(null);
  const [restoring, setRestoring] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const fromId = useId();
  const toId = useId();

  const apply = useCallback((listed: Envelope<VersionEntry[]>) => {
    if (!listed.ok) {
      setError(listed.error);
      return;
    }
    setError(null);
    setVersions(listed.value);
    const latest = listed.value.at(-1)?.version ?? null;
    setTo(latest);
    setFrom(listed.value.at(-2)?.version ?? latest);
  }, []);

  useEffect(() => {
    let live = true;
    // What the form has not stored yet is no version: store it first, so the newest shows.
    void flush().then(() => call('versions:list', { id: itemId })).then((listed) => { if (live) apply(listed); });
    return () => { live = false; };
  }, [apply, flush, itemId]);

  const compare = async (older: number, newer: number) => {
    setProblem(null);
    if (older === newer) {
      setProblem('review.versions.sameVersion');
      return;
    }
    setFrom(older);
    setTo(newer);
    setBusy(true);
    const compared = await call('versions:compare', { id: itemId, from: Math.min(older, newer), to: Math.max(older, newer) });
    setBusy(false);
    if (compared.ok) setComparison(compared.value);
    else setProblem(compared.error);
  };

  const restore = async (version: number) => {
    setBusy(true);
    setProblem(null);
    if (!(await flush())) {
      setBusy(false);
      setRestoring(null);
      setProblem('review.versions.restoreNotSaved');
      return;
    }
    const restored = await call('versions:restore', { id: itemId, version, expectedUpdatedAt: updatedAt() });
    setBusy(false);
    setRestoring(null);
    if (restored.ok) onRestored();
    else setProblem(restored.error);
  };

  if (error) return <ErrorAlert error={error} />;
  if (versions === null) return <p aria-busy="true">{t('review.versions.loading')}</p>;
  if (versions.length === 0) return <p className="muted">{t('review.versions.none')}</p>;
  const latest = versions.at(-1)?.version ?? 0;
  const approved = reviewState?.lastApprovedVersion ?? null;
  const seen = reviewState?.lastSeenVersion ?? null;
  const canSinceApproval = approved !== null && approved < latest;
  const canSinceSeen = seen !== null && seen < latest;
  const newestFirst = [...versions].reverse();

  return (
    <div className="versions-panel">
      <section className="versions-panel__compare" aria-labelledby={`${fromId}-heading`}>
        <h3 id={`${fromId}-heading`} className="versions-panel__heading">{t('review.versions.compareHeading')}</h3>
        <div className="button-row">
          <button type="button" className="button button--small" aria-disabled={!canSinceApproval || undefined} title={canSinceApproval ? undefined : t('review.versions.sinceApprovalNone')} disabled={busy} onClick={() => { if (canSinceApproval) void compare(approved, latest); else setProblem('review.versions.sinceApprovalNone'); }}>
            {t('review.versions.sinceApproval')}
          </button>
          <button type="button" className="button button--small" aria-disabled={!canSinceSeen || undefined} title={canSinceSeen ? undefined : t('review.versions.sinceSeenNone')} disabled={busy} onClick={() => { if (canSinceSeen) void compare(seen, latest); else setProblem('review.versions.sinceSeenNone'); }}>
            {t('review.versions.sinceSeen')}
          </button>
        </div>
        <form className="inline-form" onSubmit={(event) => { event.preventDefault(); if (from !== null && to !== null) void compare(from, to); }}>
          <label className="field">
            <span className="field__label">{t('review.versions.from')}</span>
            <select id={fromId} value={from ?? ''} onChange={(event) => { setFrom(Number(event.target.value)); }}>
              {newestFirst.map((entry) => <option key={entry.version} value={entry.version}>{t('review.versions.version', { version: entry.version })}</option>)}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t('review.versions.to')}</span>
            <select id={toId} value={to ?? ''} onChange={(event) => { setTo(Number(event.target.value)); }}>
              {newestFirst.map((entry) => <option key={entry.version} value={entry.version}>{t('review.versions.version', { version: entry.version })}</option>)}
            </select>
          </label>
          <button type="submit" className="button button--small button--primary" disabled={busy || versions.length < 2}>{t('review.versions.compare')}</button>
        </form>
        <div className="segmented" role="group" aria-label={t('review.versions.mode')}>
          <button type="button" className="button button--small" aria-pressed={mode === 'inline'} onClick={() => { setMode('inline'); }}>{t('review.versions.inline')}</button>
          <button type="button" className="button button--small" aria-pressed={mode === 'sideBySide'} onClick={() => { setMode('sideBySide'); }}>{t('review.versions.sideBySide')}</button>
        </div>
        {typeof problem === 'string' ? <p role="alert" className="error-alert">{t(problem)}</p> : <ErrorAlert error={problem} />}
        {comparison ? <CompareView comparison={comparison} mode={mode} /> : null}
      </section>
      <section aria-labelledby={`${toId}-list`}>
        <h3 id={`${toId}-list`} className="versions-panel__heading">{t('review.versions.listLabel')}</h3>
        <ol className="versions-list" reversed>
          {newestFirst.map((entry) => (
            <li key={entry.version} className="versions-list__entry" data-testid="version-entry" data-version={entry.version}>
              <p className="versions-list__title">
                <strong>{t(entry.version === latest ? 'review.versions.latest' : 'review.versions.version', { version: entry.version })}</strong>
                {' · '}
                {t('review.versions.entry', { time: formatDateTime(entry.createdAt, t), author: entry.author.name || t('review.versions.noAuthor'), status: t(`items.status.${entry.status}`, { defaultValue: entry.status }) })}
              </p>
              <p className="versions-list__summary" data-testid="version-summary">{formatVersionSummary(entry.summary)}</p>
              {entry.note ? <p className="versions-list__note">{entry.note}</p> : null}
              {entry.version === latest ? null : (
                <button type="button" className="button button--small button--quiet" aria-label={t('review.versions.restoreLabel', { version: entry.version })} disabled={busy} onClick={() => { setRestoring(entry.version); }}>
                  {t('review.versions.restore')}
                </button>
              )}
            </li>
          ))}
        </ol>
      </section>
      {restoring !== null ? (
        <Dialog title={t('review.versions.restoreTitle', { version: restoring })} onClose={() => { setRestoring(null); }} role="alertdialog">
          <p>{t('review.versions.restoreText', { version: restoring })}</p>
          <div className="button-row button-row--end dialog__actions">
            <button type="button" className="button" onClick={() => { setRestoring(null); }}>{t('review.comments.cancel')}</button>
            <button type="button" className="button button--primary" disabled={busy} onClick={() => { void restore(restoring); }}>{t('review.versions.restoreYes')}</button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
