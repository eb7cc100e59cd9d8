// The handlers of exchange:* (issue 10): the .pykala file between machines. An import is preceded
// by a backup of the database (reason 'exchange'); a refused file is refused before it.
import { createBackup } from '../backups/create-backup';
import type { HandlerFactory } from '../handler-factories';
import type { BackupBeforeImport } from './exchange-service';
import { ExchangeService } from './exchange-service';

const backupBeforeExchange: BackupBeforeImport = (deps) => createBackup(deps.sqlite, 'exchange', deps.now());

export const exchangeHandlers: HandlerFactory = (deps) => {
  const service = () => new ExchangeService(deps(), backupBeforeExchange);
  return {
    'exchange:export': ({ scope }) => service().export(scope),
    'exchange:import': ({ fileName, dataBase64, dryRun }) => service().import(fileName, Buffer.from(dataBase64, 'base64'), dryRun),
    'exchange:conflicts': () => service().conflicts(),
    'exchange:resolveConflict': ({ id, keep }) => service().resolveConflict(id, keep),
  };
};
