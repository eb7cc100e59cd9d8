// Types shared by the item service's modules.
import type { itemTemplates } from '../../../shared/ipc/channels/items';

export type ItemTemplate = (typeof itemTemplates)[number];
