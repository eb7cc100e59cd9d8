// An input file of a command (a returned .docx, a spreadsheet, an exchange file), read whole
// before any database is opened, so that a missing, unreadable or oversized file changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from './cli-io';

export interface InputFileMessages {
  /** The command's own Finnish line for a file that is missing, a folder or unreadable. */
  unreadable: string;
  tooLarge: string;
}

export function readInputFile(file: string, maxBytes: number, messages: InputFileMessages): { bytes: Buffer; fileName: string } {
  const full = path.resolve(file);
  let size: number;
  try {
    const stat = fs.statSync(full);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw new CliError(messages.unreadable);
  }
  if (size > maxBytes) throw new CliError(messages.tooLarge);
  try {
    return { bytes: fs.readFileSync(full), fileName: path.basename(full) };
  } catch {
    throw new CliError(messages.unreadable);
  }
}
