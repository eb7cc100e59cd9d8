// The import:* channels over ImportService. Before an import writes anything, backups' createBackup
// copies the database ('import'), so even an import the user regrets after undo is gone can be restored.
import type { HandlerFactory } from '../handler-factories';
import { createBackup } from '../backups/create-backup';
import { ImportService } from './import-service';

export const importHandlers: HandlerFactory = (deps) => {
  const service = () => {
    const current = deps();
    return new ImportService(current, () => createBackup(current.sqlite, 'import', current.now()));
  };
  return {
    'import:previewProjects': (input) => service().preview(input),
    'import:applyProjects': (input) => service().apply(input),
    'import:undo': ({ batchId }) => service().undo(batchId),
  };
};
