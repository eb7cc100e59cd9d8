// What a command needs to talk to the user, the error type that ends it with a message, and the
// exit codes (documented in the usage text, shared/i18n/fi/cli.ts).
import type { ErrorCode } from '../../shared/ipc/define';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export const exitCodes = {
  ok: 0,
  /** The command line or its input is wrong (unknown command or option, bad date, no such item); nothing changed. */
  input: 1,
  /** The database cannot be used: missing, not Pykälä's, corrupt, newer, read-only, or its disk is full. */
  database: 2,
  /** The output file was not written: it exists (no --force), its folder is missing or read-only, or the disk is full. */
  output: 3,
  /** An unexpected error: a bug to report. */
  internal: 4,
} as const;

/** The exit code for a service's error code. */
export function exitCodeFor(code: ErrorCode): number {
  if (code.startsWith('DB_') || code === 'DISK_FULL') return exitCodes.database;
  if (code === 'INTERNAL' || code === 'UNKNOWN_CHANNEL') return exitCodes.internal;
  return exitCodes.input;
}

/** A Finnish message for the user and the exit code to end with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = exitCodes.input,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export type OptionValues = Record<string, string | boolean | undefined>;

export interface CliCommand {
  options: Record<string, { type: 'string' | 'boolean' }>;
  run(values: OptionValues, positionals: string[], io: CliIo): Promise<void>;
}
