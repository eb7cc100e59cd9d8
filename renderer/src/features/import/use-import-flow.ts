// The import's calls and what the screen keeps between them. Every step re-reads the file with
// the mapping as it is now (import:previewProjects is stateless and writes nothing); only "Tuo N
// hanketta" writes (import:applyProjects), and "Kumoa tuonti" takes all of it back (import:undo).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useAppStatus } from '../../app/app-status';
import type { ImportMapping, ImportPreview, ImportReport, ImportUnknownValue } from '../../../../shared/domain/register-import';
import { maxTransferFileBytes } from '../../../../shared/ipc/channels/data-transfer';
import type { AppError } from '../../../../shared/ipc/define';
import { readFileBase64 } from '../../ui/read-file';
import { useToast } from '../../ui/toast';
import { duplicateChoices, mergeUnknowns, nextStep, previousStep, pruneValueMappings, toDuplicateActions } from './import-state';
import type { DuplicateChoices, ImportStep } from './import-state';

interface UploadedFile {
  fileName: string;
  dataBase64: string;
}

export interface UndoOutcome {
  removed: number;
  restored: number;
}

export interface ImportFlow {
  step: ImportStep;
  busy: boolean;
  error: AppError | null;
  preview: ImportPreview | null;
  /** The mapping as the user has edited it (the preview was made with the one before "Jatka"). */
  mapping: ImportMapping | null;
  unknowns: readonly ImportUnknownValue[];
  choices: DuplicateChoices;
  skipInvalid: boolean;
  report: ImportReport | null;
  undone: UndoOutcome | null;
  /** The file's first preview took the mapping remembered from an earlier import of the same headers. */
  remembered: boolean;
  open: (file: File) => Promise<void>;
  editMapping: (change: (mapping: ImportMapping) => ImportMapping) => void;
  /** Re-reads the file with the mapping and goes to the next step. */
  proceed: () => Promise<void>;
  back: () => void;
  setChoices: (choices: DuplicateChoices) => void;
  setSkipInvalid: (skip: boolean) => void;
  apply: () => Promise<void>;
  undo: () => Promise<void>;
  restart: () => void;
  clearError: () => void;
}

/** What the screen keeps; the file goes with it, since every step re-reads the file. */
interface FlowState {
  step: ImportStep;
  file: UploadedFile | null;
  preview: ImportPreview | null;
  mapping: ImportMapping | null;
  unknowns: readonly ImportUnknownValue[];
  choices: DuplicateChoices;
  skipInvalid: boolean;
  report: ImportReport | null;
  undone: UndoOutcome | null;
  remembered: boolean;
}

const initialState: FlowState = {
  step: 'file', file: null, preview: null, mapping: null, unknowns: [], choices: {}, skipInvalid: false, report: null, undone: null, remembered: false,
};

/**
 * Kept for as long as the page lives, so that going to the register to look at the result (or at
 * a project in the middle of the mapping) and back finds the import where it was: the report
 * with its "Kumoa tuonti" too. "Tuo toinen tiedosto" starts over.
 */
let kept: FlowState = initialState;

export function useImportFlow(): ImportFlow {
  const { t } = useTranslation();
  const toast = useToast();
  const { refresh: refreshStatus } = useAppStatus();
  const [state, setState] = useState<FlowState>(() => kept);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const update = useCallback((change: Partial<FlowState> | ((current: FlowState) => Partial<FlowState>)) => {
    setState((current) => ({ ...current, ...(typeof change === 'function' ? change(current) : change) }));
  }, []);
  useEffect(() => { kept = state; }, [state]);

  const open = useCallback(async (chosen: File) => {
    setError(null);
    // Too large is said before the bytes travel; everything else about the file is the service's to judge.
    if (chosen.size > maxTransferFileBytes) {
      setError({ code: 'VALIDATION', message: 'too large', fields: [{ path: 'dataBase64', message: 'dataTransfer.error.tooLarge' }] });
      return;
    }
    setBusy(true);
    try {
      const uploaded = { fileName: chosen.name, dataBase64: await readFileBase64(chosen) };
      const envelope = await call('import:previewProjects', { ...uploaded, mapping: null });
      if (!envelope.ok) {
        setError(envelope.error);
        return;
      }
      const preview = envelope.value;
      setState({
        ...initialState,
        step: 'mapping',
        file: uploaded,
        preview,
        mapping: preview.mapping,
        unknowns: preview.unknownValues,
        choices: duplicateChoices(preview, {}),
        remembered: preview.mappingRemembered,
      });
    } catch {
      setError({ code: 'VALIDATION', message: 'unreadable', fields: [{ path: 'dataBase64', message: 'dataTransfer.error.unreadable' }] });
    } finally {
      setBusy(false);
    }
  }, []);

  const { file, mapping, preview, choices, skipInvalid, report } = state;

  const proceed = useCallback(async () => {
    if (!file || !mapping) return;
    setBusy(true);
    setError(null);
    const sent = pruneValueMappings(mapping);
    const envelope = await call('import:previewProjects', { ...file, mapping: sent });
    setBusy(false);
    if (!envelope.ok) {
      setError(envelope.error);
      return;
    }
    const next = envelope.value;
    update((current) => {
      const merged = mergeUnknowns(current.unknowns, next.unknownValues, sent);
      return { mapping: sent, preview: next, unknowns: merged, choices: duplicateChoices(next, current.choices), step: nextStep(current.step, merged) };
    });
  }, [file, mapping, update]);

  const back = useCallback(() => {
    setError(null);
    update((current) => ({ step: previousStep(current.step, current.unknowns) ?? current.step }));
  }, [update]);

  const apply = useCallback(async () => {
    if (!file || !preview) return;
    setBusy(true);
    setError(null);
    // The mapping the preview on screen was made with, so that what is written is what was shown.
    const envelope = await call('import:applyProjects', { ...file, mapping: preview.mapping, duplicateActions: toDuplicateActions(choices), skipInvalid });
    setBusy(false);
    if (!envelope.ok) {
      setError(envelope.error);
      return;
    }
    update({ report: envelope.value, undone: null, step: 'report' });
    refreshStatus();
    toast.show({ text: t('dataImportUi.toast.imported', { fileName: envelope.value.fileName, added: envelope.value.added, updated: envelope.value.updated }) });
  }, [choices, file, preview, refreshStatus, skipInvalid, t, toast, update]);

  const undo = useCallback(async () => {
    if (report?.batchId === null || report?.batchId === undefined) return;
    setBusy(true);
    setError(null);
    const envelope = await call('import:undo', { batchId: report.batchId });
    setBusy(false);
    if (!envelope.ok) {
      setError(envelope.error);
      return;
    }
    update({ undone: envelope.value });
    refreshStatus();
    toast.show({ text: t('dataImportUi.report.undone', { removed: envelope.value.removed, restored: envelope.value.restored }) });
  }, [refreshStatus, report, t, toast, update]);

  const restart = useCallback(() => {
    setError(null);
    setState(initialState);
  }, []);
  const editMapping = useCallback((change: (current: ImportMapping) => ImportMapping) => {
    update((current) => (current.mapping ? { mapping: change(current.mapping) } : {}));
  }, [update]);
  const setChoices = useCallback((next: DuplicateChoices) => { update({ choices: next }); }, [update]);
  const setSkipInvalid = useCallback((skip: boolean) => { update({ skipInvalid: skip }); }, [update]);
  const clearError = useCallback(() => { setError(null); }, []);

  return {
    ...state, busy, error,
    open, editMapping, proceed, back, setChoices, setSkipInvalid, apply, undo, restart, clearError,
  };
}
