// Deleting asks first, about the project as it is stored now. The register's rows may be older
// than the database (another window or app instance may have saved since the list was read), and
// its slim rows carry no updatedAt. So asking reads the project: if it differs from the row the
// user clicked, the list reloads and the dialog says the project was changed. The delete then
// states that read's updatedAt; a save elsewhere in between brings the question back (ask again
// with changed = true).
import { useCallback, useRef, useState } from 'react';
import { call } from '../../api';
import { toProjectListRow } from '../../../../shared/domain/project';
import type { Project, ProjectListRow } from '../../../../shared/domain/project';
import type { AppError } from '../../../../shared/ipc/define';

export interface DeleteTarget {
  /** What the dialog names: the row clicked, then the stored project's row once read. */
  row: ProjectListRow;
  /** The project as stored when the dialog asked; null while it is being read. */
  stored: Project | null;
  /** The project was saved elsewhere after the user's list (or dialog) read it. */
  changed: boolean;
}

interface Options {
  reload: () => void;
  onError: (error: AppError) => void;
}

export function useDeleteConfirmation({ reload, onError }: Options) {
  const [target, setTarget] = useState<DeleteTarget | null>(null);
  // Only the latest question counts, should an earlier read answer after it.
  const asked = useRef(0);

  const ask = useCallback(
    async (row: ProjectListRow, changed: boolean) => {
      const question = ++asked.current;
      setTarget({ row, stored: null, changed });
      const envelope = await call('projects:get', { id: row.id });
      if (question !== asked.current) return;
      if (!envelope.ok) {
        setTarget(null);
        onError(envelope.error);
        reload();
        return;
      }
      const stored = envelope.value;
      const storedRow = toProjectListRow(stored);
      const differs = changed || JSON.stringify(storedRow) !== JSON.stringify(toProjectListRow(row));
      if (differs) reload();
      setTarget({ row: storedRow, stored, changed: differs });
    },
    [onError, reload],
  );

  const close = useCallback(() => {
    asked.current++;
    setTarget(null);
  }, []);

  return { target, ask, close };
}
