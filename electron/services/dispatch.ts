// The one way a request reaches a service: look up the channel, parse the input with the
// contract's schema, run the handler, and always answer with an envelope.
import type { z } from 'zod';
import { contract, isChannel } from '../../shared/ipc/contract';
import type { Channel, OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import type { AppError, Envelope } from '../../shared/ipc/define';
import { ServiceError } from '../../shared/errors';
import { writeFaultOf } from '../../db/storage-fault';
import { logger } from './logger';

export type Handler<C extends Channel> = (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;

/** Partial so that a transport can add its own channels (the desktop shell's save dialog). */
export type HandlerTable = { [C in Channel]?: Handler<C> };

export function zodIssuesToFields(error: z.ZodError): NonNullable<AppError['fields']> {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export async function dispatch(table: HandlerTable, channelName: unknown, rawInput: unknown): Promise<Envelope<unknown>> {
  if (!isChannel(channelName)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Unknown channel ${String(channelName)}` } };
  }
  const handler = table[channelName] as ((input: unknown) => unknown) | undefined;
  if (!handler) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `No handler for ${channelName} here` } };
  }
  const parsed = contract[channelName].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'VALIDATION', message: 'Invalid input', fields: zodIssuesToFields(parsed.error) } };
  }
  try {
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: error.toAppError() };
    // A full disk or a folder gone read-only: SQLite rolled the write back, so nothing half-saved
    // is left; the person is told what to fix instead of "Odottamaton virhe".
    const fault = writeFaultOf(error);
    if (fault) {
      logger.warn(`handler ${channelName}: ${fault}`, error instanceof Error ? error.message : String(error));
      return { ok: false, error: { code: fault, message: error instanceof Error ? error.message : String(error) } };
    }
    logger.error(`handler ${channelName} failed`, error);
    return { ok: false, error: { code: 'INTERNAL', message: 'Internal error' } };
  }
}
