// "Lisää itseni": a new person with a role (people:save), then chosen as the current user
// (session:setUser). The role is required here, since a person without one is no user; the
// service's refusals show at their fields.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { userRoles } from '../../../../shared/domain/review';
import type { UserRole } from '../../../../shared/domain/review';
import type { AppError } from '../../../../shared/ipc/define';
import { useSession } from '../../app/session';
import { Dialog } from '../../ui/dialog';
import { ErrorAlert } from '../../ui/error-alert';
import { SelectField, TextField } from '../../ui/field';
import { placeIssues, useIssueText } from '../../ui/field-issues';
import type { PlacedIssues } from '../../ui/field-issues';
import { useFocusFirstInvalid } from '../../ui/use-focus-invalid';

type SelfField = 'name' | 'title' | 'role';
const selfFields: readonly SelfField[] = ['name', 'title', 'role'];
const noIssues: PlacedIssues<SelfField> = { byField: {}, unplaced: [] };
const selfFieldOf = (path: string): SelfField | null => selfFields.find((field) => field === path) ?? null;
const roleOptions: readonly ('' | UserRole)[] = ['', ...userRoles];

export function AddSelfDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { setUser, refresh } = useSession();
  const [form, setForm] = useState<{ name: string; title: string; role: '' | UserRole }>({ name: '', title: '', role: '' });
  const [issues, setIssues] = useState(noIssues);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const issueText = useIssueText();
  useFocusFirstInvalid(formRef, attempt);
  const fieldError = (key: SelfField) => {
    const message = issues.byField[key];
    return message === undefined ? undefined : issueText(message);
  };

  const save = async () => {
    setError(null);
    if (form.role === '') {
      setIssues({ byField: { role: 'review.users.roleRequired' }, unplaced: [] });
      setAttempt((value) => value + 1);
      return;
    }
    setBusy(true);
    const saved = await call('people:save', { id: null, name: form.name, title: form.title, role: form.role, expectedUpdatedAt: null });
    if (!saved.ok) {
      setBusy(false);
      setError(saved.error);
      setIssues(placeIssues(saved.error.fields, selfFieldOf));
      setAttempt((value) => value + 1);
      return;
    }
    const refused = await setUser(saved.value.id);
    setBusy(false);
    if (refused) {
      setError(refused);
      return;
    }
    // The users offered in the header's switch now include the new one.
    refresh();
    onClose();
  };

  return (
    <Dialog title={t('review.users.addSelfTitle')} onClose={onClose}>
      <form ref={formRef} className="scope-form" noValidate onSubmit={(event) => { event.preventDefault(); void save(); }}>
        <p className="dialog__intro">{t('review.users.addSelfIntro')}</p>
        <TextField label={t('review.users.name')} name="name" value={form.name} onChange={(name) => { setForm({ ...form, name }); }} error={fieldError('name')} autoFocus />
        <TextField label={t('review.users.jobTitle')} name="title" value={form.title} onChange={(title) => { setForm({ ...form, title }); }} error={fieldError('title')} />
        <SelectField
          label={t('review.users.role')}
          name="role"
          value={form.role}
          options={roleOptions}
          optionLabel={(role) => (role === '' ? t('review.users.chooseRole') : t(`review.role.${role}`))}
          onChange={(role) => { setForm({ ...form, role }); }}
          error={fieldError('role')}
        />
        <ErrorAlert error={error} details={issues.unplaced} fieldsMarked={Object.keys(issues.byField).length > 0} />
        <div className="button-row button-row--end dialog__actions">
          <button type="button" className="button" onClick={onClose}>{t('ui.actions.cancel')}</button>
          <button type="submit" className="button button--primary" disabled={busy}>{t('review.users.addSelfSave')}</button>
        </div>
      </form>
    </Dialog>
  );
}
