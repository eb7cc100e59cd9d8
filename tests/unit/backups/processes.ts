// Child processes for the backup tests: started with tsx like the app's CLI, each printing one
// line when it has reached the point the test waits for.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

export interface Child {
  process: ChildProcessWithoutNullStreams;
  /** Resolves when stdout has printed `line` (a whole line). */
  printed(line: string): Promise<void>;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startChild(script: string, args: string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, script), ...args], {
    cwd: root,
    env: { ...process.env, PYKALA_LOG_LEVEL: 'silent' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: { line: string; resolve: () => void }[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    const lines = stdout.split('\n');
    for (const waiter of waiters.splice(0)) {
      if (lines.includes(waiter.line)) waiter.resolve();
      else waiters.push(waiter);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => { resolve({ code, signal }); });
  });
  return {
    process: child,
    printed: (line) =>
      new Promise<void>((resolve, reject) => {
        if (stdout.split('\n').includes(line)) {
          resolve();
          return;
        }
        waiters.push({ line, resolve });
        void exited.then(({ code }) => { reject(new Error(`child exited ${String(code)} before printing "${line}": ${stderr}`)); });
      }),
    output: () => stdout,
    exited,
  };
}
