// Word exports of the open item. The item is saved first, so the file shows what is on screen.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, saveFile } from '../../../api';
import type { AttachmentRef } from '../../../../../shared/domain/item';
import type { AppError, Envelope, ExportFile } from '../../../../../shared/ipc/define';
import { useToast } from '../../../ui/toast';
import { defaultActiveOn } from '../register-scope';

interface Props {
  itemId: string;
  hasDecision: boolean;
  supplementary: AttachmentRef[];
  flush: () => Promise<boolean>;
  onError: (error: AppError) => void;
}

export function ExportButtons({ itemId, hasDecision, supplementary, flush, onError }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const summary = supplementary.find((a) => a.source.kind === 'projectSummary')?.source;
  const scope = summary?.kind === 'projectSummary' ? summary.summary : { activeOn: defaultActiveOn(), areas: [] };

  const run = async (produce: () => Promise<Envelope<ExportFile>>) => {
    setBusy(true);
    try {
      await flush();
      const envelope = await produce();
      if (!envelope.ok) {
        onError(envelope.error);
        return;
      }
      const result = await saveFile(envelope.value);
      if (result.saved) toast.show({ text: t('editor.exports.done', { fileName: envelope.value.fileName }) });
      else if (result.error) onError(result.error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="button-row export-buttons">
      <button type="button" className="button button--small" disabled={busy} onClick={() => { void run(() => call('items:export', { id: itemId, kind: 'proposal' })); }}>
        {t('items.actions.exportProposal')}
      </button>
      {hasDecision ? (
        <button type="button" className="button button--small" disabled={busy} onClick={() => { void run(() => call('items:export', { id: itemId, kind: 'minutes' })); }}>
          {t('items.actions.exportMinutes')}
        </button>
      ) : null}
      <button type="button" className="button button--small" disabled={busy} onClick={() => { void run(() => call('items:exportSummary', scope)); }}>
        {t('items.actions.exportSummary')}
      </button>
    </div>
  );
}
