// Add or edit one person of the people list (preparers are picked from it).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import type { Person } from '../../../../shared/domain/item';
import type { AppError } from '../../../../shared/ipc/define';
import { Dialog } from '../../ui/dialog';
import { ErrorAlert } from '../../ui/error-alert';
import { TextField } from '../../ui/field';

interface Props {
  person: Person | null;
  onClose: () => void;
  onSaved: (person: Person) => void;
}

export function PersonDialog({ person, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ name: person?.name ?? '', title: person?.title ?? '', phone: person?.phone ?? '', email: person?.email ?? '' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<AppError | null>(null);
  const set = (key: keyof typeof form) => (value: string) => { setForm({ ...form, [key]: value }); };

  const save = async () => {
    const envelope = await call('people:save', { id: person?.id ?? null, ...form });
    if (envelope.ok) {
      onSaved(envelope.value);
      return;
    }
    setError(envelope.error);
    setFieldErrors(Object.fromEntries((envelope.error.fields ?? []).map((f) => [f.path, t(f.message)])));
  };

  return (
    <Dialog title={person ? t('editor.settings.editPerson', { name: person.name }) : t('editor.settings.newPerson')} onClose={onClose}>
      <form className="scope-form" noValidate onSubmit={(event) => { event.preventDefault(); void save(); }}>
        <TextField label={t('items.people.name')} name="name" value={form.name} onChange={set('name')} error={fieldErrors.name} autoFocus />
        <TextField label={t('items.people.jobTitle')} name="title" value={form.title} onChange={set('title')} error={fieldErrors.title} />
        <TextField label={t('items.people.phone')} name="phone" value={form.phone} onChange={set('phone')} error={fieldErrors.phone} />
        <TextField label={t('items.people.email')} name="email" value={form.email} onChange={set('email')} error={fieldErrors.email} />
        <ErrorAlert error={error} />
        <div className="button-row button-row--end dialog__actions">
          <button type="button" className="button" onClick={onClose}>{t('ui.actions.cancel')}</button>
          <button type="submit" className="button button--primary">{t('editor.settings.savePerson')}</button>
        </div>
      </form>
    </Dialog>
  );
}
