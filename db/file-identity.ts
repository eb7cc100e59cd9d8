// How a Pykälä database file says it is one: PRAGMA application_id in the SQLite header
// (offset 68, a big-endian 32-bit integer; https://www.sqlite.org/fileformat.html#application_id).
// 0x50594B4C is "PYKL" in ASCII. Files written before the mark existed (application_id 0,
// user_version 1…6) are recognised by their schema and marked on their next open.
export const pykalaApplicationId = 0x50594b4c;

/** Byte offsets of the 100-byte SQLite database header that the read-only check reads itself. */
export const headerOffsets = { userVersion: 60, applicationId: 68 } as const;
export const sqliteHeaderLength = 100;
