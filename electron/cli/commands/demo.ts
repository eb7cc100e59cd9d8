// pykala demo --data DIR: the demo database in a folder that has none.
import fs from 'node:fs';
import { translate } from '../../../shared/i18n/translate';
import { currentDatabasePath, openAppContext } from '../../services/app-context';
import { CliError, exitCodes } from '../cli-io';
import type { CliCommand } from '../cli-io';
import { call, dataDirOf } from '../context';

export const demoCommand: CliCommand = {
  options: {},
  async run(values, _positionals, io) {
    const dataDir = dataDirOf(values);
    const file = currentDatabasePath(dataDir);
    if (fs.existsSync(file)) throw new CliError(translate('cli.error.databaseExists', { dir: dataDir, file }));
    const context = openAppContext({ dataDir, seedDemoIfNew: true });
    try {
      const status = context.status();
      if (status.state !== 'ready') throw new CliError(translate('cli.error.startup', { file, reason: translate(`error.${status.code}`) }), exitCodes.database);
      const { totals } = await call(context, 'projects:list', {});
      io.stdout.write(`${translate('cli.demo.created', { file: status.databaseFile, count: totals.count })}\n`);
    } finally {
      context.close();
    }
  },
};
