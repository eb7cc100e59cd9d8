// The one IPC contract. Preload, handlers, browser host and renderer client all derive from it.
import type { z } from 'zod';
import type { ChannelSpec, Envelope } from './define';
import type { ShellRequestHandler } from './shell';
import { appChannels } from './channels/app';
import { projectChannels } from './channels/projects';
import { itemChannels, peopleChannels, settingsChannels } from './channels/items';
import { fileChannels } from './channels/files';
import { appealTextChannels } from './channels/appeal-texts';
import { bodyChannels, meetingChannels } from './channels/meetings';
import { commentChannels, reviewChannels, sessionChannels, versionChannels } from './channels/review';
import { backupChannels, exchangeChannels, importChannels } from './channels/data-transfer';

export const contract = {
  ...appChannels,
  ...projectChannels,
  ...itemChannels,
  ...peopleChannels,
  ...settingsChannels,
  ...fileChannels,
  ...appealTextChannels,
  ...bodyChannels,
  ...meetingChannels,
  ...sessionChannels,
  ...reviewChannels,
  ...versionChannels,
  ...commentChannels,
  ...importChannels,
  ...backupChannels,
  ...exchangeChannels,
} satisfies Record<`${string}:${string}`, ChannelSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const channels = Object.keys(contract) as Channel[];

export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = NonNullable<Contract[C]['output']>;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** What `window.api` offers the renderer, in the desktop app and in the browser host alike. */
export interface PykalaApi {
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<Envelope<OutputOf<C>>>;
  /** Desktop only: the main process asks the renderer to save (shared/ipc/shell.ts). */
  onShellRequest?: (handler: ShellRequestHandler) => void;
}
