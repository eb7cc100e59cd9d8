// Add or edit one person of the people list (preparers are picked from it).
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import type { Person } from '../../../../shared/domain/item';
import type { AppError } from '../../../../shared/ipc/define';
import { Dialog } from '../../ui/dialog';
import { ErrorAlert } from '../../ui/error-alert';
import { TextField } from '../../ui/field';
import { placeIssues, useIssueText } from '../../ui/field-issues';
import type { PlacedIssues } from '../../ui/field-issues';
import { useToast } from '../../ui/toast';
import { useFocusFirstInvalid } from '../../ui/use-focus-invalid';

type PersonField = 'name' | 'title' | 'phone' | 'email';
const personFields: readonly PersonField[] = ['name', 'title', 'phone', 'email'];
const noIssues: PlacedIssues<PersonField> = { byField: {}, unplaced: [] };
/** The four fields show their own problems; any other (the id of a person deleted meanwhile) goes to the alert. */
const personFieldOf = (path: string): PersonField | null => personFields.find((field) => field === path) ?? null;

interface Props {
  person: Person | null;
  onClose: () => void;
  onSaved: (person: Person) => void;
}

export function PersonDialog({ person, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ name: person?.name ?? '', title: person?.title ?? '', phone: person?.phone ?? '', email: person?.email ?? '' });
  const [issues, setIssues] = useState(noIssues);
  const [error, setError] = useState<AppError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const toast = useToast();
  const issueText = useIssueText();
  useFocusFirstInvalid(formRef, attempt);
  const set = (key: keyof typeof form) => (value: string) => { setForm({ ...form, [key]: value }); };
  const fieldError = (key: PersonField) => {
    const message = issues.byField[key];
    return message === undefined ? undefined : issueText(message);
  };

  const save = async () => {
    const envelope = await call('people:save', { id: person?.id ?? null, ...form });
    if (envelope.ok) {
      onSaved(envelope.value);
      return;
    }
    setError(envelope.error);
    setIssues(placeIssues(envelope.error.fields, personFieldOf));
    setAttempt((value) => value + 1);
    toast.notSaved();
  };

  return (
    <Dialog title={person ? t('editor.settings.editPerson', { name: person.name }) : t('editor.settings.newPerson')} onClose={onClose}>
      <form ref={formRef} className="scope-form" noValidate onSubmit={(event) => { event.preventDefault(); void save(); }}>
        <TextField label={t('items.people.name')} name="name" value={form.name} onChange={set('name')} error={fieldError('name')} autoFocus />
        <TextField label={t('items.people.jobTitle')} name="title" value={form.title} onChange={set('title')} error={fieldError('title')} />
        <TextField label={t('items.people.phone')} name="phone" value={form.phone} onChange={set('phone')} error={fieldError('phone')} />
        <TextField label={t('items.people.email')} name="email" value={form.email} onChange={set('email')} error={fieldError('email')} />
        <ErrorAlert error={error} details={issues.unplaced} fieldsMarked={Object.keys(issues.byField).length > 0} />
        <div className="button-row button-row--end dialog__actions">
          <button type="button" className="button" onClick={onClose}>{t('ui.actions.cancel')}</button>
          <button type="submit" className="button button--primary">{t('editor.settings.savePerson')}</button>
        </div>
      </form>
    </Dialog>
  );
}
