// The people list: name, title, phone and e-mail of everyone who prepares items. A delete states
// the updatedAt the list read; a person saved elsewhere since is not deleted: the list reloads and
// the question comes back, saying so, about the person as now stored.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import type { Person } from '../../../../shared/domain/item';
import type { AppError } from '../../../../shared/ipc/define';
import { isStaleWrite } from '../../ui/conflict-choice';
import { Dialog } from '../../ui/dialog';
import { ErrorAlert } from '../../ui/error-alert';
import { useToast } from '../../ui/toast';
import { PersonDialog } from './person-dialog';
import { useSession } from '../../app/session';
import { userRoleText } from '../users/user-text';

export function PeopleSection() {
  const { t } = useTranslation();
  const toast = useToast();
  const [people, setPeople] = useState<Person[] | null>(null);
  const [editing, setEditing] = useState<{ person: Person | null } | null>(null);
  const [deleting, setDeleting] = useState<{ person: Person; changed: boolean } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  // A role given or taken away changes who is offered in the header's user switch.
  const { refresh: refreshSession } = useSession();

  const load = useCallback(() => {
    void call('people:list', {}).then((envelope) => {
      if (envelope.ok) setPeople(envelope.value);
      else setError(envelope.error);
    });
  }, []);
  useEffect(load, [load]);

  const remove = async (person: Person) => {
    setDeleting(null);
    const envelope = await call('people:delete', { id: person.id, expectedUpdatedAt: person.updatedAt });
    if (!envelope.ok && isStaleWrite(envelope.error)) {
      const listed = await call('people:list', {});
      if (!listed.ok) {
        setError(listed.error);
        return;
      }
      setPeople(listed.value);
      const stored = listed.value.find((candidate) => candidate.id === person.id);
      if (stored) setDeleting({ person: stored, changed: true });
      return;
    }
    if (!envelope.ok) {
      setError(envelope.error);
      return;
    }
    // A success clears the alert of an earlier failure (so does a saved person below).
    setError(null);
    toast.show({ text: t('editor.settings.personDeleted', { name: person.name }) });
    load();
    refreshSession();
  };

  return (
    <section className="editor-section" aria-labelledby="people-heading">
      <h2 id="people-heading" className="editor-section__title">{t('editor.settings.peopleHeading')}</h2>
      {/* A refusal's own reason (e.g. the person is a preparer) is said rather than the code's general text. */}
      <ErrorAlert error={error} details={error?.fields?.map((field) => field.message) ?? []} onDismiss={() => { setError(null); }} />
      {people === null ? (
        <p aria-busy="true">{t('ui.loading')}</p>
      ) : (
        <table className="items-table">
          <caption className="visually-hidden">{t('editor.settings.peopleTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('items.people.name')}</th>
              <th scope="col">{t('items.people.jobTitle')}</th>
              <th scope="col">{t('items.people.phone')}</th>
              <th scope="col">{t('items.people.email')}</th>
              <th scope="col">{t('review.users.roleColumn')}</th>
              <th scope="col">{t('editor.list.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {people.length === 0 ? (
              <tr>
                <td colSpan={6}>{t('editor.settings.noPeople')}</td>
              </tr>
            ) : null}
            {people.map((person) => (
              <tr key={person.id}>
                <th scope="row">{person.name}</th>
                <td>{person.title}</td>
                <td>{person.phone}</td>
                <td>{person.email}</td>
                <td>{userRoleText(person, t)}</td>
                <td className="items-table__actions">
                  <button type="button" className="button button--small" aria-label={t('editor.settings.editPerson', { name: person.name })} onClick={() => { setEditing({ person }); }}>
                    {t('ui.actions.edit')}
                  </button>
                  <button type="button" className="button button--small button--danger" aria-label={t('editor.settings.deletePerson', { name: person.name })} onClick={() => { setDeleting({ person, changed: false }); }}>
                    {t('ui.actions.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div>
        <button type="button" className="button button--primary" onClick={() => { setEditing({ person: null }); }}>{t('items.people.add')}</button>
      </div>
      {editing ? (
        <PersonDialog
          person={editing.person}
          onClose={() => { setEditing(null); }}
          onSaved={(saved) => {
            setEditing(null);
            setError(null);
            toast.show({ text: t('editor.settings.personSaved', { name: saved.name }) });
            load();
            refreshSession();
          }}
        />
      ) : null}
      {deleting ? (
        <Dialog title={t('items.people.delete')} role="alertdialog" describedBy="person-delete-body" onClose={() => { setDeleting(null); }}>
          <p id="person-delete-body">{t(deleting.changed ? 'editor.settings.confirmDeleteChanged' : 'editor.settings.confirmDelete', { name: deleting.person.name })}</p>
          <div className="button-row button-row--end dialog__actions">
            <button type="button" className="button" autoFocus onClick={() => { setDeleting(null); }}>{t('ui.actions.cancel')}</button>
            <button type="button" className="button button--danger-solid" onClick={() => { void remove(deleting.person); }}>{t('ui.actions.delete')}</button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
