// Who is using this app instance now (issue 9). Kept in memory per AppContext, so two windows on
// two app instances over one data folder can be two people; the last choice is also written to
// the settings (session.lastUserId) and taken up at the next start.

export interface SessionMemory {
  /** The chosen user's person id (null: nobody chosen in this instance yet). */
  userId: string | null;
  /** Whether the last choice of the settings has been taken up (once per instance). */
  restored: boolean;
}

export function newSessionMemory(): SessionMemory {
  return { userId: null, restored: false };
}

/** The settings key of the last choice. */
export const lastUserSettingKey = 'session.lastUserId';
