// Desktop-only: the Electron shell answers 'files:save' with a native save dialog. The browser
// host does not register it (dispatch answers UNKNOWN_CHANNEL there); the renderer's browser
// client saves the same ExportFile as a download instead.
import { z } from 'zod';
import { channel } from '../define';

export interface SaveFileResult {
  /** false when the user cancelled the dialog; nothing was written then. */
  saved: boolean;
  filePath: string | null;
}

export const saveFileInputSchema = z.object({
  fileName: z.string().trim().min(1).max(200),
  mimeType: z.string().min(1).max(200),
  // 50 MB of base64 is far beyond any board document or register export.
  dataBase64: z.base64().max(70_000_000),
});

export const fileChannels = {
  'files:save': channel(saveFileInputSchema).returns<SaveFileResult>(),
};
