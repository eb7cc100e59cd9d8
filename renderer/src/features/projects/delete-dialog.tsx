import { useTranslation } from 'react-i18next';
import type { ProjectListRow } from '../../../../shared/domain/project';
import { Dialog } from '../../ui/dialog';

interface DeleteDialogProps {
  project: ProjectListRow;
  /** Saved elsewhere since the list was read: the question says so. */
  changed: boolean;
  /** The stored project has been read, so the delete can state what the user saw. */
  ready: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Confirmation before a delete; Cancel has focus first, so a stray Enter deletes nothing. */
export function DeleteDialog({ project, changed, ready, onCancel, onConfirm }: DeleteDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('ui.confirmDelete.title')} role="alertdialog" describedBy="delete-dialog-body" onClose={onCancel}>
      <p id="delete-dialog-body">{t(changed ? 'ui.confirmDelete.changed' : 'ui.confirmDelete.body', { name: project.nameFi })}</p>
      <div className="button-row button-row--end dialog__actions">
        <button type="button" className="button" autoFocus onClick={onCancel}>
          {t('ui.actions.cancel')}
        </button>
        <button type="button" className="button button--danger-solid" disabled={!ready} onClick={onConfirm}>
          {t('ui.actions.delete')}
        </button>
      </div>
    </Dialog>
  );
}
