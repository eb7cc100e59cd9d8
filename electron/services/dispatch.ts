// The one way a request reaches a service: look up the channel, make the input well-formed,
// parse it with the contract's schema, run the handler, and always answer with an envelope:
// nothing a client sends, however deep or broken, makes dispatch throw.
import type { z } from 'zod';
import { contract, isChannel } from '../../shared/ipc/contract';
import type { Channel, OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import type { AppError, Envelope } from '../../shared/ipc/define';
import { ServiceError } from '../../shared/errors';
import { writeFaultOf } from '../../db/storage-fault';
import { logger } from './logger';
import { wellFormedInput } from './well-formed-input';

export type Handler<C extends Channel> = (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;

/** Partial so that a transport can add its own channels (the desktop shell's save dialog). */
export type HandlerTable = { [C in Channel]?: Handler<C> };

export function zodIssuesToFields(error: z.ZodError): NonNullable<AppError['fields']> {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export const internalError: AppError = { code: 'INTERNAL', message: 'Internal error' };

async function answer(table: HandlerTable, channelName: unknown, rawInput: unknown): Promise<Envelope<unknown>> {
  if (!isChannel(channelName)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Unknown channel ${String(channelName).slice(0, 100)}` } };
  }
  const handler = table[channelName] as ((input: unknown) => unknown) | undefined;
  if (!handler) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `No handler for ${channelName} here` } };
  }
  const input = wellFormedInput(rawInput ?? {});
  if (input === null) {
    return { ok: false, error: { code: 'VALIDATION', message: 'Input nested too deep', fields: [{ path: '', message: 'validation.input.tooDeep' }] } };
  }
  const parsed = contract[channelName].input.safeParse(input.value);
  if (!parsed.success) {
    return { ok: false, error: { code: 'VALIDATION', message: 'Invalid input', fields: zodIssuesToFields(parsed.error) } };
  }
  try {
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: error.toAppError() };
    // A full disk or a database SQLite refuses to write: SQLite rolled the write back, so nothing
    // half-saved is left; the person is told what to fix instead of "Odottamaton virhe".
    const fault = writeFaultOf(error);
    if (fault) {
      logger.warn(`handler ${channelName}: ${fault}`, error instanceof Error ? error.message : String(error));
      return { ok: false, error: { code: fault, message: error instanceof Error ? error.message : String(error) } };
    }
    logger.error(`handler ${channelName} failed`, error);
    return { ok: false, error: internalError };
  }
}

export async function dispatch(table: HandlerTable, channelName: unknown, rawInput: unknown): Promise<Envelope<unknown>> {
  try {
    return await answer(table, channelName, rawInput);
  } catch (error) {
    // Validation itself failed (a stack overflow in a schema, say): still an envelope, never a throw.
    logger.error(`dispatch of ${typeof channelName === 'string' ? channelName.slice(0, 100) : 'a non-string channel'} failed`, error);
    return { ok: false, error: internalError };
  }
}
