// The other process of the "backup while another process writes" test: moves amounts between the
// rows of a counters table in one transaction each (their sum never changes) and logs each move,
// as fast as it can, until it is killed. Prints "writing" once it has committed a few moves.
// Usage: node --import tsx counter-writer.ts DATABASE_FILE
import BetterSqlite3 from 'better-sqlite3';

const [file] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: counter-writer DATABASE_FILE');
const db = new BetterSqlite3(file);
db.pragma('busy_timeout = 10000');
db.pragma('journal_mode = WAL');
const rows = db.prepare('SELECT count(*) FROM counters').pluck().get() as number;
const move = db.prepare('UPDATE counters SET amount = amount + ? WHERE id = ?');
const log = db.prepare('INSERT INTO counter_log (from_id, to_id, amount) VALUES (?, ?, ?)');
const bump = db.prepare('UPDATE counter_meta SET moves = moves + 1');
const step = db.transaction((from: number, to: number, amount: number) => {
  move.run(-amount, from);
  move.run(amount, to);
  log.run(from, to, amount);
  bump.run();
});
let moves = 0;
function burst(): void {
  for (let n = 0; n < 20; n += 1) {
    const from = 1 + Math.floor(Math.random() * rows);
    const to = 1 + Math.floor(Math.random() * rows);
    step(from, to, 1 + Math.floor(Math.random() * 50));
    moves += 1;
  }
  if (moves === 100) process.stdout.write('writing\n');
  setImmediate(burst);
}
burst();
