// Is a build older than its sources? Used by `npm start` and `npm run dev:web`, so that a second
// start skips the build and a changed source file never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when an output is missing or any file under sourceDirs is newer than the oldest output. */
export function isStale(outputs, sourceDirs) {
  if (!outputs.every((file) => existsSync(file))) return true;
  const oldestOutput = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  return sourceDirs.some((dir) => existsSync(dir) && newestMtime(dir) > oldestOutput);
}
