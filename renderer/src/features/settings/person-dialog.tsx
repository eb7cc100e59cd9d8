// Add or edit one person of the people list (preparers are picked from it). A change states the
// updatedAt the dialog read; if the person was saved elsewhere since, the dialog keeps the user's
// text and offers the stored version or saving over it (ui/conflict-choice.tsx). Other refusals
// are shown at their fields (field-issues.ts). A role makes the person a user of the app (issue 9):
// offered in "Kuka käyttää Pykälää?" and the header's switch; a deputy presenter may approve and
// return items in place of their presenter.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import type { Person } from '../../../../shared/domain/item';
import { userRoles } from '../../../../shared/domain/review';
import type { UserRole } from '../../../../shared/domain/review';
import type { AppError } from '../../../../shared/ipc/define';
import { ConflictChoice, isStaleWrite } from '../../ui/conflict-choice';
import { Dialog } from '../../ui/dialog';
import { ErrorAlert } from '../../ui/error-alert';
import { SelectField, TextField } from '../../ui/field';
import { placeIssues, useIssueText } from '../../ui/field-issues';
import type { PlacedIssues } from '../../ui/field-issues';
import { useToast } from '../../ui/toast';
import { useFocusFirstInvalid } from '../../ui/use-focus-invalid';

type PersonField = 'name' | 'title' | 'phone' | 'email' | 'role';
const personFields: readonly PersonField[] = ['name', 'title', 'phone', 'email', 'role'];
const roleOptions: readonly ('' | UserRole)[] = ['', ...userRoles];
const noIssues: PlacedIssues<PersonField> = { byField: {}, unplaced: [] };
/** The fields show their own problems; any other (the id of a person deleted meanwhile) goes to the alert. */
const personFieldOf = (path: string): PersonField | null => personFields.find((field) => field === path) ?? null;

interface Props {
  person: Person | null;
  onClose: () => void;
  onSaved: (person: Person) => void;
}

interface PersonForm {
  name: string;
  title: string;
  phone: string;
  email: string;
  /** '' for no role: someone who only appears in items, not a user. */
  role: '' | UserRole;
  deputyPresenter: boolean;
}

const formOf = (person: Person | null): PersonForm => ({
  name: person?.name ?? '',
  title: person?.title ?? '',
  phone: person?.phone ?? '',
  email: person?.email ?? '',
  role: person?.role ?? '',
  deputyPresenter: person?.deputyPresenter ?? false,
});

export function PersonDialog({ person, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState(() => formOf(person));
  /** The stored person's updatedAt as this dialog last read it. */
  const [readAt, setReadAt] = useState(person?.updatedAt ?? null);
  const [issues, setIssues] = useState(noIssues);
  const [error, setError] = useState<AppError | null>(null);
  const [conflict, setConflict] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const toast = useToast();
  const issueText = useIssueText();
  useFocusFirstInvalid(formRef, attempt);
  const set = (key: 'name' | 'title' | 'phone' | 'email') => (value: string) => { setForm({ ...form, [key]: value }); };
  const fieldError = (key: PersonField) => {
    const message = issues.byField[key];
    return message === undefined ? undefined : issueText(message);
  };

  const save = async (expectedUpdatedAt: string | null) => {
    setConflict(null);
    setBusy(true);
    const envelope = await call('people:save', { id: person?.id ?? null, ...form, role: form.role === '' ? null : form.role, expectedUpdatedAt });
    setBusy(false);
    if (envelope.ok) {
      onSaved(envelope.value);
      return;
    }
    toast.notSaved();
    if (isStaleWrite(envelope.error)) {
      setError(null);
      setIssues(noIssues);
      setConflict(envelope.error);
      return;
    }
    setError(envelope.error);
    setIssues(placeIssues(envelope.error.fields, personFieldOf));
    setAttempt((value) => value + 1);
  };

  /** The person as stored now; NOT_FOUND (shown) if someone deleted them meanwhile. */
  const readStored = async (id: string): Promise<Person | null> => {
    setBusy(true);
    const envelope = await call('people:list', {});
    setBusy(false);
    setConflict(null);
    if (!envelope.ok) {
      setError(envelope.error);
      return null;
    }
    const stored = envelope.value.find((candidate) => candidate.id === id);
    if (!stored) setError({ code: 'NOT_FOUND', message: `No person ${id}` });
    return stored ?? null;
  };
  const showStored = async (id: string) => {
    const stored = await readStored(id);
    if (!stored) return;
    setForm(formOf(stored));
    setReadAt(stored.updatedAt);
    setIssues(noIssues);
  };
  const saveOverStored = async (id: string) => {
    const stored = await readStored(id);
    if (!stored) return;
    setReadAt(stored.updatedAt);
    await save(stored.updatedAt);
  };

  return (
    <Dialog title={person ? t('editor.settings.editPerson', { name: person.name }) : t('editor.settings.newPerson')} onClose={onClose}>
      <form ref={formRef} className="scope-form" noValidate onSubmit={(event) => { event.preventDefault(); void save(readAt); }}>
        <TextField label={t('items.people.name')} name="name" value={form.name} onChange={set('name')} error={fieldError('name')} autoFocus />
        <TextField label={t('items.people.jobTitle')} name="title" value={form.title} onChange={set('title')} error={fieldError('title')} />
        <TextField label={t('items.people.phone')} name="phone" value={form.phone} onChange={set('phone')} error={fieldError('phone')} />
        <TextField label={t('items.people.email')} name="email" value={form.email} onChange={set('email')} error={fieldError('email')} />
        <SelectField
          label={t('review.users.role')}
          name="role"
          value={form.role}
          options={roleOptions}
          optionLabel={(role) => (role === '' ? t('review.users.notUser') : t(`review.role.${role}`))}
          onChange={(role) => { setForm({ ...form, role }); }}
          error={fieldError('role')}
        />
        <label className="checkbox">
          <input type="checkbox" name="deputyPresenter" checked={form.deputyPresenter} aria-describedby="person-deputy-hint" onChange={(event) => { setForm({ ...form, deputyPresenter: event.target.checked }); }} />
          {t('review.users.deputyPresenter')}
        </label>
        <span id="person-deputy-hint" className="field__hint">{t('review.users.deputyPresenterHint')}</span>
        <ErrorAlert error={error} details={issues.unplaced} fieldsMarked={Object.keys(issues.byField).length > 0} />
        {conflict && person ? (
          <ConflictChoice error={conflict} busy={busy} onReload={() => { void showStored(person.id); }} onOverwrite={() => { void saveOverStored(person.id); }} />
        ) : null}
        <div className="button-row button-row--end dialog__actions">
          <button type="button" className="button" onClick={onClose}>{t('ui.actions.cancel')}</button>
          <button type="submit" className="button button--primary" disabled={busy}>{t('editor.settings.savePerson')}</button>
        </div>
      </form>
    </Dialog>
  );
}
