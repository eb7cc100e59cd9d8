// Entry of the command line: parse arguments with node:util, run one command from the static
// map, and turn every failure into ONE Finnish line and a documented exit code (cli-io.ts), never
// a stack trace.
import { parseArgs } from 'node:util';
import { translate } from '../../shared/i18n/translate';
import { commands } from './commands';
import { logger } from '../services/logger';
import { CliError, exitCodes } from './cli-io';
import type { CliIo } from './cli-io';

const commonOptions = { help: { type: 'boolean', short: 'h' }, data: { type: 'string' } } as const;

function isParseArgsError(error: unknown): error is Error {
  const code: unknown = error instanceof TypeError ? (error as unknown as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(`${translate('cli.usage')}\n`);
    return name === undefined ? exitCodes.input : exitCodes.ok;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  try {
    if (!command) throw new CliError(translate('cli.error.unknownCommand', { command: name }));
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: rest, options: { ...commonOptions, ...command.options }, allowPositionals: true, strict: true });
    } catch (error) {
      if (isParseArgsError(error)) throw new CliError(translate('cli.error.badArguments', { detail: error.message }));
      throw error;
    }
    if (parsed.values.help === true) {
      io.stdout.write(`${translate('cli.usage')}\n`);
      return exitCodes.ok;
    }
    await command.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals, io);
    return exitCodes.ok;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`${translate('cli.error.prefix', { message: error.message })}\n`);
      return error.exitCode;
    }
    // One line for the person; the stack only for a developer who asks (PYKALA_LOG_LEVEL=debug).
    io.stderr.write(`${translate('cli.error.prefix', { message: translate('cli.error.internal') })}\n`);
    logger.debug('pykala failed', error);
    return exitCodes.internal;
  }
}
