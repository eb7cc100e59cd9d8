// `npm run check:electron`: Electronegativity over electron/, read from its CSV (the tool itself
// always exits 0). Fails on any HIGH or MEDIUM finding that build/electronegativity-explained.json
// does not explain with a reason, and on explanations whose finding has gone (keep the file true).
//
// The tool writes its CSV with two fs.writeFile calls started at once (the header with truncate,
// the rows with append), so now and then the header lands over the first row and that finding is
// lost (seen in CI). A report is therefore accepted only when it is whole: the exact header, at
// least one row, and every row beginning with a check id and a severity; otherwise the scan runs
// again, a few times at most.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const scanned = 'electron';
const outDir = path.join(root, '.tmp');
const csvFile = path.join(outDir, `electronegativity-${process.pid}.csv`);
const explainedFile = path.join(root, 'build', 'electronegativity-explained.json');
const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

/** One CSV line into fields; quoted fields may hold commas and doubled quotes. */
function parseCsvLine(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field.trim());
      field = '';
    } else field += char;
  }
  fields.push(field.trim());
  return fields;
}

const expectedHeader = 'issue, severity, confidence, filename, location, sample, description, url';
const wholeRow = /^[A-Z0-9_]+_CHECK,"(?:INFORMATIONAL|LOW|MEDIUM|HIGH)",/u;
const bin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity');
const attempts = 5;

/** One scan; its CSV rows when the report is whole, otherwise a reason it is not. */
function scanOnce() {
  rmSync(csvFile, { force: true });
  // -e: the tool cannot read Electron's version from electron/ and would assume 0.1.0 defaults.
  const run = spawnSync(bin, ['-i', scanned, '-o', csvFile, '-r', '-e', electronVersion], { cwd: root, encoding: 'utf8' });
  if (!existsSync(csvFile)) return { problem: `no report\n${run.stdout ?? ''}${run.stderr ?? ''}` };
  const [header = '', ...rows] = readFileSync(csvFile, 'utf8').split(/\r?\n/u).filter((line) => line.trim() !== '');
  rmSync(csvFile, { force: true });
  if (header !== expectedHeader) return { problem: `unexpected header: ${header.slice(0, 80)}` };
  // Electronegativity always reports something about an Electron app (at least its global checks).
  if (rows.length === 0) return { problem: 'no rows' };
  const broken = rows.find((row) => !wholeRow.test(row));
  if (broken !== undefined) return { problem: `broken row: ${broken.slice(0, 80)}` };
  return { rows };
}

mkdirSync(outDir, { recursive: true });
let rows;
for (let attempt = 1; attempt <= attempts && rows === undefined; attempt += 1) {
  const scan = scanOnce();
  if (scan.rows) rows = scan.rows;
  else console.error(`Electronegativity report ${attempt}/${attempts} was not whole (${scan.problem}); scanning again.`);
}
if (rows === undefined) {
  console.error('Electronegativity produced no whole report.');
  process.exit(1);
}

const explained = JSON.parse(readFileSync(explainedFile, 'utf8'));
const used = new Set();
const unexplained = [];
let serious = 0;
for (const row of rows) {
  const [check = '', severity = '', confidence = '', file = '', location = ''] = parseCsvLine(row);
  if (severity !== 'HIGH' && severity !== 'MEDIUM') continue;
  serious += 1;
  const repoFile = file === 'N/A' ? file : path.posix.join(scanned, file.split(path.sep).join('/'));
  const reason = explained[check]?.[repoFile];
  if (typeof reason === 'string' && reason.trim().length >= 20) {
    used.add(`${check} ${repoFile}`);
    console.log(`explained  ${severity} ${check} ${repoFile}:${location}`);
  } else {
    unexplained.push(`${severity} ${check} (${confidence}) ${repoFile}:${location}`);
  }
}

const stale = Object.entries(explained)
  .filter(([check]) => check !== '//')
  .flatMap(([check, files]) => Object.keys(files).map((file) => `${check} ${file}`))
  .filter((key) => !used.has(key));

for (const finding of unexplained) console.error(`UNEXPLAINED ${finding}`);
for (const key of stale) console.error(`STALE explanation (no longer reported, remove it): ${key}`);
console.log(`Electronegativity: ${rows.length} findings, ${serious} HIGH/MEDIUM, ${unexplained.length} unexplained, ${stale.length} stale explanations`);
process.exit(unexplained.length === 0 && stale.length === 0 ? 0 : 1);
