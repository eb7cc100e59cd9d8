// The header's user switch: a shared laptop changes user in one step (no passwords: a single-user
// desktop). On a database where nobody is a user yet, "Lisää itseni" instead.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/ipc/define';
import { useSession } from '../../app/session';
import { useToast } from '../../ui/toast';
import { AddSelfDialog } from './add-self-dialog';
import { userRoleText } from './user-text';

export function UserSwitch() {
  const { t } = useTranslation();
  const toast = useToast();
  const { session, setUser } = useSession();
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const switchTo = async (personId: string) => {
    setBusy(true);
    const refused = await setUser(personId);
    setBusy(false);
    setError(refused);
    const chosen = session.users.find((user) => user.id === personId);
    if (!refused && chosen) toast.show({ text: t('review.users.switched', { name: chosen.name }) });
  };
  const current = session.user;
  return (
    <div className="user-switch">
      {session.users.length > 0 ? (
        <label className="user-switch__label">
          <span>{t('review.users.current')}</span>
          <select
            className="user-switch__select"
            value={current?.id ?? ''}
            disabled={busy}
            aria-invalid={error ? true : undefined}
            onChange={(event) => { if (event.target.value !== '') void switchTo(event.target.value); }}
          >
            {current === null ? <option value="">{t('review.users.noUser')}</option> : null}
            {session.users.map((user) => (
              <option key={user.id} value={user.id}>
                {`${user.name} (${userRoleText(user, t)})`}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <button type="button" className="button button--small user-switch__add" onClick={() => { setAdding(true); }}>{t('review.users.addSelf')}</button>
      )}
      {error ? <span role="alert" className="user-switch__error">{t(`error.${error.code}`)}</span> : null}
      {adding ? <AddSelfDialog onClose={() => { setAdding(false); }} /> : null}
    </div>
  );
}
