// 'files:save': the native save dialog with the name the services proposed, then the bytes.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow, SaveDialogOptions } from 'electron';
import type { ParsedInputOf } from '../../shared/ipc/contract';
import type { SaveFileResult } from '../../shared/ipc/channels/files';
import { translate } from '../../shared/i18n/translate';
import { filterFor, safeFileName } from './save-file-name';

export async function saveFileWithDialog(owner: BrowserWindow | null, input: ParsedInputOf<'files:save'>): Promise<SaveFileResult> {
  const name = safeFileName(input.fileName);
  const filter = filterFor(name);
  const options: SaveDialogOptions = {
    title: translate('shell.save.title'),
    defaultPath: path.join(app.getPath('documents'), name),
    filters: [
      ...(filter ? [{ name: translate(`shell.save.${filter.kind}`), extensions: filter.extensions }] : []),
      { name: translate('shell.save.allFiles'), extensions: ['*'] },
    ],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { saved: false, filePath: null };
  await writeFile(result.filePath, Buffer.from(input.dataBase64, 'base64'));
  return { saved: true, filePath: result.filePath };
}
