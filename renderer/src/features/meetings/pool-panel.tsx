// What can go on the agenda: the approved items waiting for a meeting (each with its earlier
// handling, if a meeting tabled or returned it), and any other item, which the service refuses
// with its reason (not approved yet: what is missing) so the secretary learns why it is not here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoolItem } from '../../../../shared/ipc/channels/meetings';
import type { ItemSummary } from '../../../../shared/ipc/channels/items';

interface Props {
  pool: PoolItem[];
  others: ItemSummary[];
  busy: boolean;
  onAdd: (item: { id: string; title: string }) => void;
}

export function PoolPanel({ pool, others, busy, onAdd }: Props) {
  const { t } = useTranslation();
  const [otherId, setOtherId] = useState('');
  const untitled = t('meetings.pool.untitled');
  const titleOf = (title: string) => (title.trim() === '' ? untitled : title);
  const other = others.find((candidate) => candidate.id === otherId);
  return (
    <section className="editor-section" aria-labelledby="pool-heading">
      <h2 id="pool-heading" className="editor-section__title">{t('meetings.pool.heading')}</h2>
      <p className="field__hint">{t('meetings.pool.explain')}</p>
      {pool.length === 0 ? <p className="muted">{t('meetings.pool.empty')}</p> : (
        <ul className="plain-list pool-list" aria-label={t('meetings.pool.tableLabel')}>
          {pool.map((item) => (
            <li key={item.id} className="pool-list__item" data-testid="pool-item">
              <div className="pool-list__text">
                <span className="pool-list__title">{titleOf(item.title)}</span>
                {item.caseNumber ? <span className="agenda-table__case">{item.caseNumber}</span> : null}
                {item.earlierHandling ? <span className="pool-list__earlier">{t('meetings.pool.earlier')}: {item.earlierHandling}</span> : null}
              </div>
              <button type="button" className="button button--small" disabled={busy} aria-label={t('meetings.pool.addNamed', { title: titleOf(item.title) })} onClick={() => { onAdd({ id: item.id, title: titleOf(item.title) }); }}>
                {t('meetings.pool.add')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 ? (
        <div className="inline-form">
          <div className="field pool-other">
            <label className="field__label" htmlFor="pool-other">{t('meetings.pool.other')}</label>
            <select id="pool-other" value={otherId} aria-describedby="pool-other-hint" onChange={(event) => { setOtherId(event.target.value); }}>
              <option value="">{t('meetings.pool.otherChoose')}</option>
              {others.map((item) => <option key={item.id} value={item.id}>{t('meetings.pool.otherOption', { title: titleOf(item.title), status: t(`items.status.${item.status}`) })}</option>)}
            </select>
            <span id="pool-other-hint" className="field__hint">{t('meetings.pool.otherHint')}</span>
          </div>
          <button type="button" className="button button--small" disabled={busy || !other} onClick={() => { if (other) onAdd({ id: other.id, title: titleOf(other.title) }); }}>
            {t('meetings.pool.addOther')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
