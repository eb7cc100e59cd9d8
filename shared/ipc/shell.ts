// The desktop shell's own messages between the main process and the renderer, outside the
// request/answer contract: the main process asks the renderer to save (the menu's Tallenna, or
// the window closing, which waits for the answer with a time limit), and the renderer answers.
// The preload exposes only window.api.onShellRequest for this (electron/preload/preload.ts).

export const shellRequestChannel = 'shell:request';
export const shellAnswerChannel = 'shell:answer';

/** save: the menu's Tallenna (the renderer says it saved). close: the window or the app closes. */
export const shellRequestKinds = ['save', 'close'] as const;
export type ShellRequestKind = (typeof shellRequestKinds)[number];

export interface ShellRequest {
  id: number;
  kind: ShellRequestKind;
}

export interface ShellAnswer {
  id: number;
  /** True when everything open in the renderer is saved. */
  saved: boolean;
}

/** The renderer's side: save what is open; resolve true when the stored data says what it shows. */
export type ShellRequestHandler = (kind: ShellRequestKind) => Promise<boolean>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isShellRequest(value: unknown): value is ShellRequest {
  return isRecord(value) && Number.isSafeInteger(value.id) && (shellRequestKinds as readonly unknown[]).includes(value.kind);
}

export function isShellAnswer(value: unknown): value is ShellAnswer {
  return isRecord(value) && Number.isSafeInteger(value.id) && typeof value.saved === 'boolean';
}
