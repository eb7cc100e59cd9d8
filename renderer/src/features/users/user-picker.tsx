// "Kuka käyttää Pykälää?": the first screen when users exist but none is chosen. One click on a
// name starts the app as that user; "Lisää itseni" adds a new one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/ipc/define';
import { useSession } from '../../app/session';
import { ErrorAlert } from '../../ui/error-alert';
import { AddSelfDialog } from './add-self-dialog';
import { userRoleText } from './user-text';

export function UserPicker() {
  const { t } = useTranslation();
  const { session, setUser } = useSession();
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const choose = async (personId: string) => {
    setBusy(true);
    setError(await setUser(personId));
    setBusy(false);
  };
  return (
    <main className="page page--centered user-picker">
      <h1>{t('review.users.pickerHeading')}</h1>
      <p>{t('review.users.pickerIntro')}</p>
      <ErrorAlert error={error} />
      <ul className="user-picker__list" aria-label={t('review.users.pickerList')}>
        {session.users.map((user) => (
          <li key={user.id}>
            <button type="button" className="user-picker__choice" disabled={busy} aria-label={t('review.users.choose', { name: user.name })} onClick={() => { void choose(user.id); }}>
              <span className="user-picker__name">{user.name}</span>
              <span className="user-picker__detail">{[user.title, userRoleText(user, t)].filter((part) => part !== '').join(' · ')}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => { setAdding(true); }}>{t('review.users.addSelf')}</button>
      {adding ? <AddSelfDialog onClose={() => { setAdding(false); }} /> : null}
    </main>
  );
}
