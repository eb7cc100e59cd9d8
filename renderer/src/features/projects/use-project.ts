// The whole project for the edit form: the register's list rows carry only the table's
// columns, so the form asks projects:get for the rest when it opens.
import { useEffect, useState } from 'react';
import { call } from '../../api';
import type { Project } from '../../../../shared/domain/project';
import type { AppError } from '../../../../shared/ipc/define';

/**
 * What the form edits: a new project, a stored one (loaded first), or a new unsaved copy of a
 * stored one (loaded first too: the list rows are slim). Only Tallenna stores the copy.
 */
export type ProjectFormTarget = { kind: 'new' } | { kind: 'load'; id: string } | { kind: 'copy'; id: string };

export type LoadedProject = { state: 'ready'; project: Project | null } | { state: 'loading' } | { state: 'error'; error: AppError };

export function useProject(target: ProjectFormTarget): LoadedProject {
  const id = target.kind === 'new' ? null : target.id;
  const [loaded, setLoaded] = useState<{ id: string; result: LoadedProject } | null>(null);

  useEffect(() => {
    if (id === null) return undefined;
    let current = true;
    void call('projects:get', { id }).then((envelope) => {
      if (!current) return;
      setLoaded({ id, result: envelope.ok ? { state: 'ready', project: envelope.value } : { state: 'error', error: envelope.error } });
    });
    return () => { current = false; };
  }, [id]);

  if (target.kind === 'new') return { state: 'ready', project: null };
  return loaded?.id === target.id ? loaded.result : { state: 'loading' };
}
