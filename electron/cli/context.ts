// Opening the data folder the way the app does (same services, same layout), with the CLI's
// Finnish messages for a missing or unusable database.
import fs from 'node:fs';
import path from 'node:path';
import { translate } from '../../shared/i18n/translate';
import { currentDatabasePath, openAppContext } from '../services/app-context';
import type { AppContext } from '../services/app-context-types';
import { defaultDataDir } from '../services/data-folder';
import { dispatch } from '../services/dispatch';
import type { Channel, InputOf, OutputOf } from '../../shared/ipc/contract';
import { CliError, exitCodeFor, exitCodes } from './cli-io';
import type { OptionValues } from './cli-io';

export function dataDirOf(values: OptionValues): string {
  return typeof values.data === 'string' ? path.resolve(values.data) : defaultDataDir();
}

/** Opens an existing database; refuses a folder without one instead of creating it. */
export function openExisting(dataDir: string): AppContext {
  if (!fs.existsSync(currentDatabasePath(dataDir))) throw new CliError(translate('cli.error.noDatabase', { dir: dataDir }), exitCodes.database);
  const context = openAppContext({ dataDir, seedDemoIfNew: false });
  const status = context.status();
  if (status.state === 'startupError') {
    context.close();
    throw new CliError(translate('cli.error.startup', { file: status.databaseFile, reason: translate(`error.${status.code}`) }), exitCodes.database);
  }
  return context;
}

/** Calls a channel through the same dispatch as the app, so input is validated the same way. */
export async function call<C extends Channel>(context: AppContext, channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const envelope = await dispatch(context.handlers, channel, input);
  if (!envelope.ok) throw new CliError(translate(`error.${envelope.error.code}`), exitCodeFor(envelope.error.code));
  return envelope.value as OutputOf<C>;
}
