// Toimielimet: the bodies whose meetings are kept, each with its members and deputies, those
// attending by right, the default place, the term and the yearly § start. A delete states the
// updatedAt the list read (a body changed elsewhere since asks again, as now stored), and the
// service refuses deleting a body that has meetings, with its reason.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import type { Body } from '../../../../shared/domain/body';
import type { AppError } from '../../../../shared/ipc/define';
import { formatFinnishDate } from '../../../../shared/format/date';
import { isStaleWrite } from '../../ui/conflict-choice';
import { Dialog } from '../../ui/dialog';
import { ErrorAlert } from '../../ui/error-alert';
import { useToast } from '../../ui/toast';
import { BodyDialog } from './body-dialog';
import '../meetings/meetings.css';

export function BodiesSection() {
  const { t } = useTranslation();
  const toast = useToast();
  const [bodies, setBodies] = useState<Body[] | null>(null);
  const [editing, setEditing] = useState<{ body: Body | null } | null>(null);
  const [deleting, setDeleting] = useState<{ body: Body; changed: boolean } | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const load = useCallback(() => {
    void call('bodies:list', {}).then((envelope) => {
      if (envelope.ok) setBodies(envelope.value);
      else setError(envelope.error);
    });
  }, []);
  useEffect(load, [load]);

  const remove = async (body: Body) => {
    setDeleting(null);
    const envelope = await call('bodies:delete', { id: body.id, expectedUpdatedAt: body.updatedAt });
    if (!envelope.ok && isStaleWrite(envelope.error)) {
      const listed = await call('bodies:list', {});
      if (!listed.ok) {
        setError(listed.error);
        return;
      }
      setBodies(listed.value);
      const stored = listed.value.find((candidate) => candidate.id === body.id);
      if (stored) setDeleting({ body: stored, changed: true });
      return;
    }
    if (!envelope.ok) {
      setError(envelope.error);
      return;
    }
    setError(null);
    toast.show({ text: t('meetings.bodies.deleted', { name: body.name }) });
    load();
  };

  const term = (body: Body) => (body.termStart === null && body.termEnd === null ? '' : t('meetings.bodies.termText', { start: body.termStart ? formatFinnishDate(body.termStart) : '', end: body.termEnd ? formatFinnishDate(body.termEnd) : '' }));

  return (
    <section className="editor-section" aria-labelledby="bodies-heading">
      <h2 id="bodies-heading" className="editor-section__title">{t('meetings.bodies.heading')}</h2>
      <p className="field__hint">{t('meetings.bodies.explain')}</p>
      <ErrorAlert error={error} details={error?.fields?.map((field) => field.message) ?? []} onDismiss={() => { setError(null); }} />
      {bodies === null ? (
        <p aria-busy="true">{t('ui.loading')}</p>
      ) : (
        <table className="items-table">
          <caption className="visually-hidden">{t('meetings.bodies.tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('meetings.bodies.columns.name')}</th>
              <th scope="col">{t('meetings.bodies.columns.members')}</th>
              <th scope="col">{t('meetings.bodies.columns.place')}</th>
              <th scope="col">{t('meetings.bodies.columns.term')}</th>
              <th scope="col">{t('meetings.bodies.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {bodies.length === 0 ? (
              <tr>
                <td colSpan={5}>{t('meetings.bodies.none')}</td>
              </tr>
            ) : null}
            {bodies.map((body) => (
              <tr key={body.id}>
                <th scope="row">
                  {body.name}
                  {body.isSample ? <span className="sample-tag">{t('meetings.list.sample')}</span> : null}
                </th>
                <td>{body.members.length}</td>
                <td>{body.defaultPlace}</td>
                <td>{term(body)}</td>
                <td className="items-table__actions">
                  <button type="button" className="button button--small" aria-label={t('meetings.bodies.edit', { name: body.name })} onClick={() => { setEditing({ body }); }}>
                    {t('ui.actions.edit')}
                  </button>
                  <button type="button" className="button button--small button--danger" aria-label={t('meetings.bodies.delete', { name: body.name })} onClick={() => { setDeleting({ body, changed: false }); }}>
                    {t('ui.actions.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div>
        <button type="button" className="button button--primary" onClick={() => { setEditing({ body: null }); }}>{t('meetings.bodies.add')}</button>
      </div>
      {editing ? (
        <BodyDialog
          body={editing.body}
          onClose={() => { setEditing(null); }}
          onSaved={(saved) => {
            setEditing(null);
            setError(null);
            toast.show({ text: t('meetings.bodies.saved', { name: saved.name }) });
            load();
          }}
        />
      ) : null}
      {deleting ? (
        <Dialog title={t('meetings.bodies.deleteTitle')} role="alertdialog" describedBy="body-delete-body" onClose={() => { setDeleting(null); }}>
          <p id="body-delete-body">{t(deleting.changed ? 'meetings.bodies.confirmDeleteChanged' : 'meetings.bodies.confirmDelete', { name: deleting.body.name })}</p>
          <div className="button-row button-row--end dialog__actions">
            <button type="button" className="button" autoFocus onClick={() => { setDeleting(null); }}>{t('ui.actions.cancel')}</button>
            <button type="button" className="button button--danger-solid" onClick={() => { void remove(deleting.body); }}>{t('ui.actions.delete')}</button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
