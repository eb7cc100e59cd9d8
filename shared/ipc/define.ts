// Building blocks of the one IPC contract: a channel is a zod input schema plus an output type.
import type { z } from 'zod';

export interface ChannelSpec<Input extends z.ZodType, Output> {
  input: Input;
  /** Phantom: carries the output type only; never read at run time. */
  output?: Output;
}

/** `channel(schema).returns<Output>()`: both halves of a channel in one expression. */
export function channel<Input extends z.ZodType>(input: Input) {
  return {
    returns<Output>(): ChannelSpec<Input, Output> {
      return { input };
    },
  };
}

/** Stable error codes; the UI translates them (i18n keys `error.<CODE>`), never shows raw text. */
export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN',
  'DB_UNAVAILABLE',
  'DB_NEWER_VERSION',
  'DB_CORRUPT',
  'DB_NOT_SQLITE',
  /** An SQLite database of another program (not marked with Pykälä's application_id, not Pykälä's schema). */
  'DB_FOREIGN',
  /** The database file or its folder cannot be written (read-only mount, no permission). */
  'DB_READ_ONLY',
  /** The disk is full: the write was refused and rolled back; what was saved before is kept. */
  'DISK_FULL',
  'FROZEN',
  /** A status change the item's workflow does not allow from its current status (item-workflow.ts). */
  'STATUS_NOT_ALLOWED',
  /** The item lacks what the next step needs (item-completeness.ts); the fields name each missing part. */
  'INCOMPLETE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface FieldIssue {
  /** Dotted path of the field, e.g. "endDate" or "proposal.points.0.text". */
  path: string;
  /** An i18n key such as "validation.project.nameRequired". */
  message: string;
  /** Values for the message's {{placeholders}} (a handling record's problem names the person). */
  params?: Record<string, string | number>;
}

export interface AppError {
  code: ErrorCode;
  /** Developer-facing detail (English is fine); the UI shows the translated code instead. */
  message: string;
  fields?: FieldIssue[];
}

export type Envelope<Value> = { ok: true; value: Value } | { ok: false; error: AppError };

/** A file produced by the services (export); transports move it as base64 so JSON and IPC agree. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  dataBase64: string;
}
