// `tsx electron/host/main.ts [--data DIR] [--port N]`: the browser host as a process, used by
// `npm run dev:web`. Same default data folder as the desktop app, so both see one database.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../services/data-folder';
import { logger } from '../services/logger';
import { startHost } from './host';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    port: { type: 'string', default: '0' },
    renderer: { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`Virheellinen portti: ${values.port}\n`);
  process.exit(2);
}

const dataDir = values.data ? path.resolve(values.data) : defaultDataDir();
const rendererDir = values.renderer ? path.resolve(values.renderer) : path.resolve(import.meta.dirname, '../../dist/renderer');

const host = await startHost({ dataDir, port, rendererDir, seedDemoIfNew: true });
process.stdout.write(`Pykälä selaimessa: ${host.pageUrl}\nTietokansio: ${dataDir}\nPysäytä: Ctrl+C\n`);

const stop = (): void => {
  host.close().then(
    () => process.exit(0),
    (error: unknown) => {
      logger.error('closing the browser host failed', error);
      process.exit(1);
    },
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
