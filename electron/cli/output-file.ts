// Writing the file a command was asked to make (--out). An existing file is never overwritten
// without --force; with --force it is replaced only once the new bytes are wholly on disk (a
// temporary file renamed over it), so a full disk never leaves half a document in its place.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { translate } from '../../shared/i18n/translate';
import { CliError, exitCodes } from './cli-io';

function codeOf(error: unknown): string {
  const code: unknown = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
}

/** One Finnish line for why `file` could not be written. */
function outputError(file: string, error: unknown): CliError {
  const code = codeOf(error);
  const key = (() => {
    switch (code) {
      case 'EEXIST':
        return 'cli.output.exists';
      case 'ENOENT':
        return 'cli.output.noFolder';
      case 'EISDIR':
        return 'cli.output.isFolder';
      case 'EACCES':
      case 'EPERM':
      case 'EROFS':
        return 'cli.output.readOnly';
      case 'ENOSPC':
      case 'EDQUOT':
        return 'cli.output.diskFull';
      default:
        return 'cli.output.failed';
    }
  })();
  return new CliError(translate(key, { file, dir: path.dirname(file), code: code || String(error) }), exitCodes.output);
}

/** Refuses an existing file before any work is done, so the refusal costs nothing. */
export function checkOutputFile(file: string, force: boolean): void {
  if (!force && fs.existsSync(file)) throw outputError(file, Object.assign(new Error('exists'), { code: 'EEXIST' }));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw outputError(file, Object.assign(new Error('is a folder'), { code: 'EISDIR' }));
  if (!fs.existsSync(path.dirname(file))) throw outputError(file, Object.assign(new Error('no folder'), { code: 'ENOENT' }));
}

export function writeOutputFile(file: string, bytes: Uint8Array, force: boolean): void {
  if (!force) {
    // 'wx' creates the file or fails if it exists, in one step: nothing can appear in between.
    let created = false;
    try {
      const fd = fs.openSync(file, 'wx');
      created = true;
      try {
        fs.writeFileSync(fd, bytes);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    } catch (error) {
      if (created) fs.rmSync(file, { force: true });
      throw outputError(file, error);
    }
    return;
  }
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(temporary, bytes, { flag: 'wx' });
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw outputError(file, error);
  }
}
