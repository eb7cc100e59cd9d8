// What the register's buttons do: each calls one channel, reports the result in a toast or an
// error alert, and reloads the list. Delete offers undo (projects:restore) in its toast.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { call, saveFile } from '../../api';
import type { Project, ProjectListRow, ProjectQueryInput } from '../../../../shared/domain/project';
import type { AppError } from '../../../../shared/ipc/define';
import { isStaleWrite } from '../../ui/conflict-choice';
import { useToast } from '../../ui/toast';

/** How a confirmed delete ended: 'changed' means saved elsewhere since it was read, nothing deleted. */
export type DeleteOutcome = 'deleted' | 'changed' | 'failed';

interface ProjectActionsOptions {
  reload: () => void;
  onError: (error: AppError) => void;
  /** Any action went through: an earlier failure's alert no longer applies. */
  onSucceeded: () => void;
}

export function useProjectActions({ reload, onError, onSucceeded }: ProjectActionsOptions) {
  const { t } = useTranslation();
  const toast = useToast();

  const restore = useCallback(
    async (project: Pick<ProjectListRow, 'id' | 'nameFi'>) => {
      const envelope = await call('projects:restore', { id: project.id });
      if (!envelope.ok) {
        onError(envelope.error);
        return;
      }
      onSucceeded();
      toast.show({ text: t('ui.toast.restored', { name: project.nameFi }) });
      reload();
    },
    [onError, onSucceeded, reload, t, toast],
  );

  /** Deletes the project as the user saw it when confirming (its updatedAt then). */
  const remove = useCallback(
    async (project: Project): Promise<DeleteOutcome> => {
      const envelope = await call('projects:delete', { id: project.id, expectedUpdatedAt: project.updatedAt });
      if (!envelope.ok) {
        if (isStaleWrite(envelope.error)) {
          reload();
          return 'changed';
        }
        onError(envelope.error);
        return 'failed';
      }
      onSucceeded();
      reload();
      toast.show({ text: t('ui.toast.deleted', { name: project.nameFi }), action: { label: t('ui.actions.undo'), run: () => { void restore(project); } } });
      return 'deleted';
    },
    [onError, onSucceeded, reload, restore, t, toast],
  );

  const exportRegister = useCallback(
    async (format: 'csv' | 'xlsx', query: ProjectQueryInput) => {
      const envelope = await call('projects:export', { format, query });
      if (!envelope.ok) {
        onError(envelope.error);
        return;
      }
      const result = await saveFile(envelope.value);
      if (result.saved) {
        onSucceeded();
        toast.show({ text: t('ui.register.exported', { fileName: envelope.value.fileName }) });
      } else if (result.error) onError(result.error);
    },
    [onError, onSucceeded, t, toast],
  );

  const saved = useCallback(
    (project: Project) => {
      onSucceeded();
      toast.show({ text: t('ui.form.saved', { name: project.nameFi }) });
      reload();
    },
    [onSucceeded, reload, t, toast],
  );

  return { remove, exportRegister, saved };
}
