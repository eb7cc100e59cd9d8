// The process killed in the "kill -9 during a restore" test: opens the data folder as the app
// does, prints "restoring", then restores the two given files one after the other, again and
// again, until it is killed. Each restore is a whole one (new file, safety copy, pointer switch).
// Usage: node --import tsx restore-worker.ts DATA_DIR FILE_A FILE_B
import { openAppContext } from '../../../electron/services/app-context';

const [dataDir, first, second] = process.argv.slice(2);
if (dataDir === undefined || first === undefined || second === undefined) throw new Error('usage: restore-worker DATA_DIR FILE_A FILE_B');
const context = openAppContext({ dataDir, seedDemoIfNew: false });
process.stdout.write('restoring\n');
for (let round = 0; ; round += 1) {
  await context.restoreFrom(round % 2 === 0 ? first : second);
  process.stdout.write(`restored ${String(round)}\n`);
}
