// What a command needs to talk to the user, and the error type that ends it with a message.
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** A Finnish message for the user and the exit code to end with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
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
