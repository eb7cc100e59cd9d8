// The import's calls and what the screen keeps between them. Every step re-reads the file with
// the mapping as it is now (import:previewProjects is stateless and writes nothing); only "Tuo N
// hanketta" writes (import:applyProjects), and "Kumoa tuonti" takes all of it back (import:undo).
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useAppStatus } from '../../app/app-status';
import type { ImportMapping, ImportPreview, ImportReport, ImportUnknownValue } from '../../../../shared/domain/register-import';
import { maxTransferFileBytes } from '../../../../shared/ipc/channels/data-transfer';
import type { AppError } from '../../../../shared/ipc/define';
import { useToast } from '../../ui/toast';
import { duplicateChoices, mergeUnknowns, nextStep, previousStep, pruneValueMappings, toDuplicateActions } from './import-state';
import type { DuplicateChoices, ImportStep } from './import-state';

interface UploadedFile {
  fileName: string;
  dataBase64: string;
}

/** The file's bytes as base64, as the channel takes them. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => { reject(reader.error ?? new Error('read failed')); };
    reader.readAsDataURL(file);
  });
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

export function useImportFlow(): ImportFlow {
  const { t } = useTranslation();
  const toast = useToast();
  const { refresh: refreshStatus } = useAppStatus();
  const [step, setStep] = useState<ImportStep>('file');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [file, setFile] = useState<UploadedFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [unknowns, setUnknowns] = useState<readonly ImportUnknownValue[]>([]);
  const [choices, setChoices] = useState<DuplicateChoices>({});
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [undone, setUndone] = useState<UndoOutcome | null>(null);
  const [remembered, setRemembered] = useState(false);

  const open = useCallback(async (chosen: File) => {
    setError(null);
    // Too large is said before the bytes travel; everything else about the file is the service's to judge.
    if (chosen.size > maxTransferFileBytes) {
      setError({ code: 'VALIDATION', message: 'too large', fields: [{ path: 'dataBase64', message: 'dataTransfer.error.tooLarge' }] });
      return;
    }
    setBusy(true);
    try {
      const uploaded = { fileName: chosen.name, dataBase64: await readBase64(chosen) };
      const envelope = await call('import:previewProjects', { ...uploaded, mapping: null });
      if (!envelope.ok) {
        setError(envelope.error);
        return;
      }
      setFile(uploaded);
      setRemembered(envelope.value.mappingRemembered);
      setPreview(envelope.value);
      setMapping(envelope.value.mapping);
      setUnknowns(envelope.value.unknownValues);
      setChoices(duplicateChoices(envelope.value, {}));
      setSkipInvalid(false);
      setStep('mapping');
    } catch {
      setError({ code: 'VALIDATION', message: 'unreadable', fields: [{ path: 'dataBase64', message: 'dataTransfer.error.unreadable' }] });
    } finally {
      setBusy(false);
    }
  }, []);

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
    const merged = mergeUnknowns(unknowns, envelope.value.unknownValues, sent);
    setMapping(sent);
    setPreview(envelope.value);
    setUnknowns(merged);
    setChoices((current) => duplicateChoices(envelope.value, current));
    setStep((current) => nextStep(current, merged));
  }, [file, mapping, unknowns]);

  const back = useCallback(() => {
    setError(null);
    setStep((current) => previousStep(current, unknowns) ?? current);
  }, [unknowns]);

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
    setReport(envelope.value);
    setUndone(null);
    setStep('report');
    refreshStatus();
    toast.show({ text: t('dataImportUi.toast.imported', { fileName: envelope.value.fileName, added: envelope.value.added, updated: envelope.value.updated }) });
  }, [choices, file, preview, refreshStatus, skipInvalid, t, toast]);

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
    setUndone(envelope.value);
    refreshStatus();
    toast.show({ text: t('dataImportUi.report.undone', { removed: envelope.value.removed, restored: envelope.value.restored }) });
  }, [refreshStatus, report, t, toast]);

  const restart = useCallback(() => {
    setStep('file');
    setFile(null);
    setPreview(null);
    setMapping(null);
    setUnknowns([]);
    setChoices({});
    setReport(null);
    setUndone(null);
    setError(null);
  }, []);

  const editMapping = useCallback((change: (current: ImportMapping) => ImportMapping) => {
    setMapping((current) => (current ? change(current) : current));
  }, []);
  const clearError = useCallback(() => { setError(null); }, []);

  return {
    step, busy, error, preview, mapping, unknowns, choices, skipInvalid, report, undone,
    remembered,
    open, editMapping, proceed, back, setChoices, setSkipInvalid, apply, undo, restart, clearError,
  };
}
