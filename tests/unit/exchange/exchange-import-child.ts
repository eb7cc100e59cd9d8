// One app instance importing an exchange file, run as its own Node process so that the kill -9
// test (exchange-kill.test.ts) can end it at any moment. The clock is fixed, so two complete runs
// write the same rows. Prints "start" just before the import and "done <ms>" after it.
//
// argv: dataDir, file, fixed ISO time
import fs from 'node:fs';
import path from 'node:path';
import { openAppContext } from '../../../electron/services/app-context';
import { dispatch } from '../../../electron/services/dispatch';

const [dataDir, file, at] = process.argv.slice(2);
if (dataDir === undefined || file === undefined || at === undefined) throw new Error('usage: exchange-import-child DATA_DIR FILE ISO_TIME');
const context = openAppContext({ dataDir, seedDemoIfNew: false, now: () => new Date(at) });
await context.ready();
const dataBase64 = fs.readFileSync(file).toString('base64');
process.stdout.write('start\n');
const started = performance.now();
const answer = await dispatch(context.handlers, 'exchange:import', { fileName: path.basename(file), dataBase64, dryRun: false });
if (!answer.ok) throw new Error(`import refused: ${JSON.stringify(answer.error)}`);
process.stdout.write(`done ${String(Math.round(performance.now() - started))}\n`);
context.close();
