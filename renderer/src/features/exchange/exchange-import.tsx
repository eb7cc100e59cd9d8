// "Tuo siirtotiedosto": the chosen .pykala file goes to exchange:import as a dry run, whose report
// (added, updated, skipped with reasons, conflicts, the organisation) is shown before anything is
// written; "Tuo" imports it for real and the dialog shows what was done. A file the service
// refuses (damaged, another organisation, a newer version) gets its Finnish reason.
import { useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { maxTransferFileBytes } from '../../../../shared/ipc/channels/data-transfer';
import { useAppStatus } from '../../app/app-status';
import { useSession } from '../../app/session';
import { Dialog } from '../../ui/dialog';
import { ErrorAlert } from '../../ui/error-alert';
import { readFileBase64 } from '../../ui/read-file';
import { useToast } from '../../ui/toast';
import { ExchangeReportView } from './exchange-report-view';
import { changesSomething, importFlow } from './exchange-report';

export function ExchangeImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const [flow, dispatch] = useReducer(importFlow, { step: 'idle' });
  // Imported people may be users now; imported projects may be the demo's sample rows.
  const { refresh: refreshSession } = useSession();
  const { refresh: refreshStatus } = useAppStatus();

  const read = async (file: File) => {
    if (file.size > maxTransferFileBytes) {
      dispatch({ type: 'refused', error: { code: 'VALIDATION', message: 'too large', fields: [{ path: 'dataBase64', message: 'dataTransfer.error.tooLarge' }] } });
      return;
    }
    dispatch({ type: 'read' });
    let dataBase64: string;
    try {
      dataBase64 = await readFileBase64(file);
    } catch {
      dispatch({ type: 'refused', error: { code: 'VALIDATION', message: 'unreadable', fields: [{ path: 'dataBase64', message: 'dataTransfer.error.unreadable' }] } });
      return;
    }
    const chosen = { fileName: file.name, dataBase64 };
    const envelope = await call('exchange:import', { ...chosen, dryRun: true });
    if (envelope.ok) dispatch({ type: 'previewed', file: chosen, report: envelope.value });
    else dispatch({ type: 'refused', error: envelope.error });
  };

  const runImport = async () => {
    if (flow.step !== 'preview') return;
    dispatch({ type: 'import' });
    const envelope = await call('exchange:import', { ...flow.file, dryRun: false });
    if (!envelope.ok) {
      dispatch({ type: 'refused', error: envelope.error });
      return;
    }
    const report = envelope.value;
    dispatch({ type: 'imported', report });
    toast.show({ text: t('exchangeUi.done', { added: report.added, updated: report.updated, skipped: report.skipped, conflicts: report.conflicts }) });
    onImported();
  };
  // Read again only once the report is closed: people who came with roles make the app ask who is
  // working, and that question must not take the report away before it is read.
  const closeReport = () => {
    dispatch({ type: 'close' });
    refreshSession();
    refreshStatus();
  };

  const reading = flow.step === 'reading';
  const close = () => { dispatch({ type: 'close' }); };
  return (
    <>
      <button type="button" className="button" disabled={reading} aria-busy={reading || undefined} onClick={() => { input.current?.click(); }}>
        {reading ? t('exchangeUi.section.reading') : t('exchangeUi.section.importFile')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".pykala"
        hidden
        aria-label={t('exchangeUi.section.fileLabel')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // The same file can be chosen again after a refusal or an import.
          event.target.value = '';
          if (file) void read(file);
        }}
      />
      {flow.step === 'refused' ? (
        <Dialog title={t('exchangeUi.refusedTitle')} role="alertdialog" onClose={close}>
          <ErrorAlert error={flow.error} details={flow.error.fields ?? []} />
          <div className="button-row button-row--end dialog__actions">
            <button type="button" className="button" autoFocus onClick={close}>{t('ui.actions.close')}</button>
          </div>
        </Dialog>
      ) : null}
      {flow.step === 'preview' || flow.step === 'importing' ? (
        <Dialog title={t('exchangeUi.dialog.titleDryRun')} size="wide" onClose={close}>
          <ExchangeReportView report={flow.report} />
          {changesSomething(flow.report) ? <p>{t('exchangeUi.dialog.dryRunNote')}</p> : <p>{t('exchangeUi.dialog.nothingToDo')}</p>}
          <ErrorAlert error={flow.step === 'preview' ? flow.error : null} details={flow.step === 'preview' ? (flow.error?.fields ?? []) : []} />
          <div className="button-row button-row--end dialog__actions">
            <button type="button" className="button" disabled={flow.step === 'importing'} onClick={close}>{t('ui.actions.cancel')}</button>
            {changesSomething(flow.report) ? (
              <button type="button" className="button button--primary" autoFocus disabled={flow.step === 'importing'} aria-busy={flow.step === 'importing' || undefined} onClick={() => { void runImport(); }}>
                {flow.step === 'importing' ? t('exchangeUi.dialog.importing') : t('exchangeUi.dialog.import')}
              </button>
            ) : null}
          </div>
        </Dialog>
      ) : null}
      {flow.step === 'done' ? (
        <Dialog title={t('exchangeUi.dialog.titleDone')} size="wide" onClose={closeReport}>
          <ExchangeReportView report={flow.report} />
          <div className="button-row button-row--end dialog__actions">
            <button type="button" className="button button--primary" autoFocus onClick={closeReport}>{t('ui.actions.close')}</button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
