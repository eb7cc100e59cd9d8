// The handlers of exchange:* (issue 10): the .pykala file between machines.
import type { HandlerFactory } from '../handler-factories';
import type { BackupBeforeImport } from './exchange-service';
import { ExchangeService } from './exchange-service';

/** The factory with the backup the import takes first (the backups service's createBackup). */
export function exchangeHandlersWith(backup: BackupBeforeImport): HandlerFactory {
  return (deps) => {
    const service = () => new ExchangeService(deps(), backup);
    return {
      'exchange:export': ({ scope }) => service().export(scope),
      'exchange:import': ({ fileName, dataBase64, dryRun }) => service().import(fileName, Buffer.from(dataBase64, 'base64'), dryRun),
      'exchange:conflicts': () => service().conflicts(),
      'exchange:resolveConflict': ({ id, keep }) => service().resolveConflict(id, keep),
    };
  };
}
