// npm run bench: runs each benchmark module in sequence and prints its figures.
// Append a module to the static list below; each exports `run(): Promise<void>`.
import { run as services } from './services-bench';
import { run as wordExport } from './export-bench';
import { run as browser } from './browser-bench';
import { run as typing } from './typing-bench';
import { run as meeting } from './meeting-bench';
import { run as compare } from './compare-bench';
import { run as wordReadback } from './word-readback-bench';
import { run as reviewCopy } from './review-copy-bench';
import { run as review } from './review-bench';
import { run as exchange } from './exchange-bench';
import { run as backup } from './backup-bench';

interface BenchModule {
  name: string;
  run(): Promise<void>;
}

const benches: BenchModule[] = [
  { name: 'services (projects, 10 000 rows)', run: services },
  { name: 'Word export (seed item + summary; 30-item agenda; 40-§ minutes)', run: wordExport },
  { name: 'meeting actions (40-§ meeting in session)', run: meeting },
  { name: 'comparing versions (30-page item)', run: compare },
  { name: 'Word read-back (30-page reviewed review copy)', run: wordReadback },
  { name: 'review copy in Word (30-page item, tracked changes and comments)', run: reviewCopy },
  { name: 'review (history of an item with 500 versions)', run: review },
  { name: 'exchange file (40-§ meeting exported as .pykala)', run: exchange },
  { name: 'backup (10 000 projects + 1 000 items)', run: backup },
  { name: 'browser register (Chromium via the browser host, 10 000 rows)', run: browser },
  { name: 'typing in the item editor (Chromium, 30-page background)', run: typing },
];

for (const bench of benches) {
  process.stdout.write(`\n=== ${bench.name} ===\n`);
  await bench.run();
}
