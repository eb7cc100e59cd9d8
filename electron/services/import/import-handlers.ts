// The import:* channels over ImportService. The backup before an import is backups' createBackup.
import type { HandlerFactory } from '../handler-factories';
import { ImportService } from './import-service';
import type { BackupBeforeImport } from './import-service';
import type { ServiceDeps } from '../service-deps';

export function importServiceOf(deps: ServiceDeps, backup: BackupBeforeImport): ImportService {
  return new ImportService(deps, backup);
}

export const importHandlers: HandlerFactory = (deps) => {
  const service = () => {
    const current = deps();
    return importServiceOf(current, () => Promise.resolve());
  };
  return {
    'import:previewProjects': (input) => service().preview(input),
    'import:applyProjects': (input) => service().apply(input),
    'import:undo': ({ batchId }) => service().undo(batchId),
  };
};
