// The second folder (a network drive, a USB stick) that receives a copy of each backup. The
// service checks that it can be written before keeping it; its Finnish reason shows at the field.
// An empty field turns the second copy off.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import type { AppError } from '../../../../shared/ipc/define';
import { ErrorAlert } from '../../ui/error-alert';
import { TextField } from '../../ui/field';
import { placeIssues, useIssueText } from '../../ui/field-issues';
import { useToast } from '../../ui/toast';

const fieldOf = (path: string): 'secondFolder' | null => (path === 'secondFolder' ? 'secondFolder' : null);

export function SecondFolderForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const issueText = useIssueText();
  const [folder, setFolder] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call('backups:getSettings', {}).then((envelope) => {
      if (envelope.ok) setFolder(envelope.value.secondFolder ?? '');
      else setError(envelope.error);
    });
  }, []);

  if (folder === null) return <ErrorAlert error={error} />;

  const save = async () => {
    setBusy(true);
    const value = folder.trim();
    const envelope = await call('backups:saveSettings', { secondFolder: value === '' ? null : value });
    setBusy(false);
    if (!envelope.ok) {
      setError(envelope.error);
      toast.notSaved();
      return;
    }
    setError(null);
    setFolder(envelope.value.secondFolder ?? '');
    toast.show({ text: t(envelope.value.secondFolder === null ? 'backupsUi.secondFolder.cleared' : 'backupsUi.secondFolder.saved') });
    onSaved();
  };
  const issues = placeIssues(error?.fields, fieldOf);
  const fieldError = issues.byField.secondFolder;

  return (
    <form className="backups__second" aria-labelledby="second-folder-heading" noValidate onSubmit={(event) => { event.preventDefault(); void save(); }}>
      <h3 id="second-folder-heading" className="backups__subheading">{t('backupsUi.secondFolder.heading')}</h3>
      <TextField
        label={t('backupsUi.secondFolder.label')}
        name="secondFolder"
        value={folder}
        hint={t('backupsUi.secondFolder.hint')}
        error={fieldError === undefined ? undefined : issueText(fieldError)}
        maxLength={1000}
        onChange={setFolder}
      />
      <ErrorAlert error={fieldError === undefined ? error : null} details={issues.unplaced} />
      <div>
        <button type="submit" className="button" disabled={busy}>{t('backupsUi.secondFolder.save')}</button>
      </div>
    </form>
  );
}
