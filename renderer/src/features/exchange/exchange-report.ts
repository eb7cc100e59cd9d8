// The exchange import's report as the dialog shows it, and the dialog's steps: the dry run's
// report first, "Tuo" for real, the real report. Pure, so the steps are tested without a screen.
import type { ExchangeAction, ExchangeEntry, ExchangeReport } from '../../../../shared/domain/exchange';
import type { AppError } from '../../../../shared/ipc/define';

/** Conflicts first (they need the user), then what changes, then what is left as it was. */
const groupOrder: readonly ExchangeAction[] = ['conflict', 'added', 'updated', 'skipped'];

export function reportGroups(report: ExchangeReport): { action: ExchangeAction; entries: ExchangeEntry[] }[] {
  return groupOrder
    .map((action) => ({ action, entries: report.entries.filter((entry) => entry.action === action) }))
    .filter((group) => group.entries.length > 0);
}

/** Worth importing: something would be added, updated or kept as a conflict, or the organisation adopted. */
export function changesSomething(report: ExchangeReport): boolean {
  return report.added + report.updated + report.conflicts > 0 || report.adoptedOrganisation;
}

export interface ChosenFile {
  fileName: string;
  dataBase64: string;
}

export type ImportFlow =
  | { step: 'idle' }
  | { step: 'reading' }
  /** The file was refused before anything was shown (damaged, another organisation, newer version). */
  | { step: 'refused'; error: AppError }
  /** The dry run's report; error: the real import was refused, the report stays for the user to read. */
  | { step: 'preview'; file: ChosenFile; report: ExchangeReport; error: AppError | null }
  | { step: 'importing'; file: ChosenFile; report: ExchangeReport }
  | { step: 'done'; report: ExchangeReport };

export type ImportEvent =
  | { type: 'read' }
  | { type: 'previewed'; file: ChosenFile; report: ExchangeReport }
  | { type: 'refused'; error: AppError }
  | { type: 'import' }
  | { type: 'imported'; report: ExchangeReport }
  | { type: 'close' };

export function importFlow(state: ImportFlow, event: ImportEvent): ImportFlow {
  switch (event.type) {
    case 'read':
      return { step: 'reading' };
    case 'previewed':
      return { step: 'preview', file: event.file, report: event.report, error: null };
    case 'refused':
      // A refused real import keeps the dry run's report on screen with the reason beside it.
      if (state.step === 'importing') return { step: 'preview', file: state.file, report: state.report, error: event.error };
      return { step: 'refused', error: event.error };
    case 'import':
      // Only a shown dry run can be imported, once: a second click while importing does nothing.
      if (state.step !== 'preview') return state;
      return { step: 'importing', file: state.file, report: state.report };
    case 'imported':
      return state.step === 'importing' ? { step: 'done', report: event.report } : state;
    case 'close':
      // The import cannot be abandoned halfway: closing while it runs waits for its answer.
      return state.step === 'importing' ? state : { step: 'idle' };
  }
}
