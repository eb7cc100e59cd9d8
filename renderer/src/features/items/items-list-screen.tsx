// The agenda items: search, filter by status and meeting date, create (empty or from the
// project-review template), duplicate, delete with confirmation and undo, open.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { itemStatuses } from '../../../../shared/domain/item';
import type { ItemStatus } from '../../../../shared/domain/item';
import { itemLock } from '../../../../shared/domain/item-workflow';
import type { ItemSummary } from '../../../../shared/ipc/channels/items';
import type { AppError } from '../../../../shared/ipc/define';
import { formatFinnishDate, parseFinnishDate } from '../../../../shared/format/date';
import { Dialog } from '../../ui/dialog';
import { ErrorAlert } from '../../ui/error-alert';
import { TextField } from '../../ui/field';
import { MultiSelect } from '../../ui/multi-select';
import { useToast } from '../../ui/toast';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { openItem, openNewItem } from './items-location';
import { TemplateDialog } from './template-dialog';
import './items.css';

function formatUpdated(iso: string): string {
  return formatFinnishDate(iso.slice(0, 10));
}

export function ItemsListScreen() {
  const { t } = useTranslation();
  const toast = useToast();
  const [search, setSearch] = useState('');
  const [statuses, setStatuses] = useState<ItemStatus[]>([]);
  const [dateText, setDateText] = useState('');
  const [rows, setRows] = useState<ItemSummary[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [deleting, setDeleting] = useState<ItemSummary | null>(null);
  const [choosingYear, setChoosingYear] = useState(false);
  const [generation, setGeneration] = useState(0);
  const debouncedSearch = useDebouncedValue(search, 200);
  const meetingDate = dateText.trim() === '' ? null : parseFinnishDate(dateText);
  const dateInvalid = dateText.trim() !== '' && meetingDate === null;
  const query = useMemo(() => ({ search: debouncedSearch, statuses, meetingDate }), [debouncedSearch, statuses, meetingDate]);
  const reload = useCallback(() => { setGeneration((g) => g + 1); }, []);

  useEffect(() => {
    if (dateInvalid) return undefined;
    let live = true;
    void call('items:list', query).then((envelope) => {
      if (!live) return;
      if (envelope.ok) setRows(envelope.value);
      else setError(envelope.error);
    });
    return () => { live = false; };
  }, [query, dateInvalid, generation]);

  const run = async (action: () => ReturnType<typeof call<'items:duplicate'>>) => {
    const envelope = await action();
    if (envelope.ok) openItem(envelope.value.id);
    else setError(envelope.error);
  };

  const remove = async (row: ItemSummary) => {
    setDeleting(null);
    const envelope = await call('items:delete', { id: row.id });
    if (!envelope.ok) {
      setError(envelope.error);
      return;
    }
    reload();
    toast.show({
      text: t('items.actions.deleted'),
      action: {
        label: t('items.actions.restore'),
        run: () => {
          void call('items:restore', { id: row.id }).then((restored) => {
            if (restored.ok) reload();
            else setError(restored.error);
          });
        },
      },
    });
  };

  return (
    <div className="items-list">
      <div className="register__header">
        <h1>{t('editor.list.heading')}</h1>
        <div className="button-row">
          {/* Nothing is stored until the new item is changed: opened and left, it leaves no "Uusi asia" behind. */}
          <button type="button" className="button button--primary" onClick={() => { openNewItem('empty'); }}>
            {t('editor.list.createEmpty')}
          </button>
          <button type="button" className="button" onClick={() => { setChoosingYear(true); }}>
            {t('editor.list.createFromTemplate')}
          </button>
        </div>
      </div>
      {choosingYear ? (
        <TemplateDialog
          onClose={() => { setChoosingYear(false); }}
          onCreate={(target) => {
            setChoosingYear(false);
            openNewItem('projectReview', target);
          }}
        />
      ) : null}
      <div role="search" className="filters" aria-label={t('ui.filters.label')}>
        <TextField label={t('ui.filters.search')} name="search" value={search} onChange={setSearch} hint={t('items.list.search')} className="filters__search" />
        <MultiSelect label={t('items.list.filterStatus')} options={itemStatuses} selected={statuses} optionLabel={(s) => t(`items.status.${s}`)} onChange={setStatuses} />
        <TextField label={t('items.list.filterMeetingDate')} name="meetingDate" value={dateText} onChange={setDateText} hint={t('editor.list.dateHint')} error={dateInvalid ? t('validation.date.invalid') : undefined} className="filters__date" />
        <button type="button" className="button button--quiet filters__clear" onClick={() => { setSearch(''); setStatuses([]); setDateText(''); }}>
          {t('editor.list.clearFilters')}
        </button>
      </div>
      <ErrorAlert error={error} onDismiss={() => { setError(null); }} />
      {rows === null ? (
        <p aria-busy="true">{t('ui.loading')}</p>
      ) : (
        <>
          <p className="muted" aria-live="polite">{t('items.list.count', { count: rows.length })}</p>
          <table className="items-table">
            <caption className="visually-hidden">{t('editor.list.tableLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('editor.list.columns.title')}</th>
                <th scope="col">{t('editor.list.columns.caseNumber')}</th>
                <th scope="col">{t('editor.list.columns.status')}</th>
                <th scope="col">{t('editor.list.columns.meetingDate')}</th>
                <th scope="col">{t('editor.list.columns.updatedAt')}</th>
                <th scope="col">{t('editor.list.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 ? (
                <tr>
                  <td colSpan={6} className="table__empty">{t('items.list.empty')}</td>
                </tr>
              ) : null}
              {rows.map((row) => {
                const title = row.title || t('editor.list.untitled');
                return (
                  <tr key={row.id}>
                    <th scope="row">
                      <a href={`?item=${encodeURIComponent(row.id)}#/items`} onClick={(event) => { event.preventDefault(); openItem(row.id); }}>{title}</a>
                    </th>
                    <td>{row.caseNumber}</td>
                    <td>{t(`items.status.${row.status}`)}</td>
                    <td>{row.meetingDate ? formatFinnishDate(row.meetingDate) : ''}</td>
                    <td>{formatUpdated(row.updatedAt)}</td>
                    <td className="items-table__actions">
                      <button type="button" className="button button--small" aria-label={t('editor.list.duplicate', { title })} onClick={() => { void run(() => call('items:duplicate', { id: row.id })); }}>
                        {t('ui.actions.duplicate')}
                      </button>
                      {/* Checked minutes are the record of a decision: the service refuses deleting them. */}
                      {itemLock(row.status) === 'record' ? null : (
                        <button type="button" className="button button--small button--danger" aria-label={t('editor.list.delete', { title })} onClick={() => { setDeleting(row); }}>
                          {t('ui.actions.delete')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {deleting ? (
        <Dialog title={t('editor.list.confirmTitle')} role="alertdialog" describedBy="item-delete-body" onClose={() => { setDeleting(null); }}>
          <p id="item-delete-body">{t('editor.list.confirmBody', { title: deleting.title || t('editor.list.untitled') })}</p>
          <div className="button-row button-row--end dialog__actions">
            <button type="button" className="button" autoFocus onClick={() => { setDeleting(null); }}>{t('ui.actions.cancel')}</button>
            <button type="button" className="button button--danger-solid" onClick={() => { void remove(deleting); }}>{t('ui.actions.delete')}</button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
