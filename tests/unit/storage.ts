// Real storage faults for tests: a small tmpfs that fills up, a read-only remount, a read-only
// bind mount of one file, an immutable file. The tests run as root (CI included), and root
// ignores mode bits, so chmod would prove nothing; these restrict root too. If the machine
// cannot mount, the helpers throw and the test fails: a storage test never skips.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const mounts: string[] = [];
const immutable: string[] = [];
const folders: string[] = [];

function run(command: string, args: string[]): void {
  try {
    execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`${command} ${args.join(' ')} failed (the storage tests need root and a kernel that allows it): ${stderr || String(error)}`);
  }
}

/** A fresh folder that is a tmpfs of `size` (e.g. "4m"), unmounted and removed after the test. */
export function smallDisk(size: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-disk-'));
  folders.push(dir);
  run('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir]);
  mounts.push(dir);
  return dir;
}

/**
 * A folder on the disk under the system temp folder (ext4 here, not tmpfs: tmpfs lets writes
 * through a descriptor opened before the file was made immutable). Removed after the test.
 */
export function diskFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-disk-'));
  folders.push(dir);
  const type = execFileSync('stat', ['-f', '-c', '%T', dir], { encoding: 'utf8' }).trim();
  if (type === 'tmpfs') throw new Error(`${os.tmpdir()} is a tmpfs; this test needs a disk file system (set TMPDIR to one)`);
  return dir;
}

/** Makes a smallDisk folder read-only for everyone, root included (no file may be open for writing). */
export function remountReadOnly(dir: string): void {
  run('mount', ['-o', 'remount,ro', dir]);
}

export function remountWritable(dir: string): void {
  run('mount', ['-o', 'remount,rw', dir]);
}

/** Makes one file read-only (a read-only bind mount over it); its folder stays writable. */
export function bindReadOnly(file: string): void {
  run('mount', ['--bind', file, file]);
  mounts.push(file);
  run('mount', ['-o', 'remount,ro,bind', file]);
}

/** Sets the immutable attribute: even root's writes through an already open descriptor fail. */
export function makeImmutable(file: string): void {
  run('chattr', ['+i', file]);
  immutable.push(file);
}

export function clearImmutable(file: string): void {
  run('chattr', ['-i', file]);
  immutable.splice(immutable.indexOf(file), 1);
}

/** Fills the disk holding `dir` until the kernel says ENOSPC; returns the filler file. */
export function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler.bin');
  const fd = fs.openSync(filler, 'w');
  const chunk = Buffer.alloc(4096, 0xa5);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

afterEach(() => {
  for (const file of immutable.splice(0)) run('chattr', ['-i', file]);
  for (const target of mounts.splice(0).reverse()) {
    try {
      run('umount', [target]);
    } catch {
      // Still busy (a connection a failed test left open): detach it now, the kernel frees it later.
      run('umount', ['-l', target]);
    }
  }
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
