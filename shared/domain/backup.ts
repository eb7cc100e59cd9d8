// Backups of the data folder's database (issue 10): SQLite's online backup, rotated, verified.
export const backupReasons = ['start', 'interval', 'manual', 'migration', 'import', 'restore', 'exchange'] as const;
export type BackupReason = (typeof backupReasons)[number];

export const backupLocations = ['data', 'second'] as const;
/** 'data': backups/ of the data folder; 'second': the second folder set in settings (network drive, USB stick). */
export type BackupLocation = (typeof backupLocations)[number];

export interface BackupCounts {
  projects: number;
  items: number;
  meetings: number;
  people: number;
}

/** Why a backup's copy is not in the second folder: the folder is gone (USB stick out), cannot be written, is full, or something else. */
export const secondFolderProblems = ['missing', 'unwritable', 'full', 'failed'] as const;
export type SecondFolderProblem = (typeof secondFolderProblems)[number];

export interface BackupEntry {
  /** The file's name inside its folder ("pykala-2026-12-01-0930-manual.sqlite3"); the handle for restore. */
  fileName: string;
  location: BackupLocation;
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
  counts: BackupCounts;
  /** integrity_check said "ok" when the copy was made. */
  verified: boolean;
  schemaVersion: number;
  /** Only on the entry a backup just made: the second folder is set but the copy could not be put there. */
  secondFolderProblem?: SecondFolderProblem;
}

/** What a backup holds, shown before restoring it. */
export interface BackupPreview {
  entry: BackupEntry;
  organisation: string;
  /** The latest change recorded in the copy (max updated_at), '' if none. */
  latestChangeAt: string;
  /** A few of the newest items' titles, so the user recognises the copy. */
  recentItems: { title: string; updatedAt: string }[];
}

export interface BackupSettings {
  /** An absolute folder for a second copy of each backup, or null. */
  secondFolder: string | null;
}

export interface RestoreResult {
  restored: BackupEntry;
  /** The current state, backed up before the restore replaced it. */
  safetyCopy: BackupEntry;
}
