// The one logger of the Node side. Writes to stderr so that CLI output on stdout stays clean.
type Level = 'debug' | 'info' | 'warn' | 'error';

const order: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 50 };
/** PYKALA_LOG_LEVEL: debug, info (default), warn, error, or silent (the CLI's default: its one Finnish line says it all). */
const requested = process.env.PYKALA_LOG_LEVEL;
const threshold: Level | 'silent' = requested !== undefined && Object.hasOwn(order, requested) ? (requested as Level | 'silent') : 'info';

function write(level: Level, message: string, detail?: unknown): void {
  if (order[level] < order[threshold]) return;
  const suffix = detail instanceof Error ? ` ${detail.stack ?? detail.message}` : detail === undefined ? '' : ` ${JSON.stringify(detail)}`;
  process.stderr.write(`${new Date().toISOString()} ${level.toUpperCase()} ${message}${suffix}\n`);
}

export const logger = {
  debug: (message: string, detail?: unknown) => { write('debug', message, detail); },
  info: (message: string, detail?: unknown) => { write('info', message, detail); },
  warn: (message: string, detail?: unknown) => { write('warn', message, detail); },
  error: (message: string, detail?: unknown) => { write('error', message, detail); },
};
