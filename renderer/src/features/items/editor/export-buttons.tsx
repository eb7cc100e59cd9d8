// Word exports of the open item. The item is saved first, so the file shows what is on screen;
// when that save is refused (say, an empty title) nothing is exported: the file would show the
// older stored text while the screen shows another, and nobody would notice.
// The review in Word (issue 9): "Tarkastuskopio Wordiin" exports the proposal with the open comments
// and the changes since a chosen version; "Tuo tarkastettu Word-tiedosto" reads the returned file back.
// "Vie siirtotiedostoon" (issue 10) carries the saved item to another machine as a .pykala file.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, saveFile } from '../../../api';
import type { AgendaItem, AttachmentRef } from '../../../../../shared/domain/item';
import { itemSummary } from '../../../../../shared/domain/summary-project';
import type { AppError, Envelope, ExportFile } from '../../../../../shared/ipc/define';
import { useToast } from '../../../ui/toast';
import { defaultActiveOn } from '../register-scope';
import { ReviewCopyDialog } from './review-copy-dialog';
import { WordImport } from './word-import';

interface Props {
  itemId: string;
  hasDecision: boolean;
  attachments: AttachmentRef[];
  supplementary: AttachmentRef[];
  /** Saves the item (storing a new one): true when the stored item says what the form shows. */
  flush: () => Promise<boolean>;
  /** The bar's alert: cleared as an export starts, set when it cannot go ahead. */
  onStart: () => void;
  onNotSaved: () => void;
  onError: (error: AppError) => void;
  /** The stored item's updatedAt (after flush), for the read-back's apply. */
  expectedUpdatedAt: () => string;
  /** The item as a Word import left it (a new version of the accepted changes). */
  onItemChanged: (item: AgendaItem) => void;
}

export function ExportButtons({ itemId, hasDecision, attachments, supplementary, flush, onStart, onNotSaved, onError, expectedUpdatedAt, onItemChanged }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [choosingCopy, setChoosingCopy] = useState(false);
  const attached = itemSummary({ attachments, supplementary }) !== null;
  const run = async (produce: () => Promise<Envelope<ExportFile>>, readsItem = true) => {
    setBusy(true);
    onStart();
    try {
      if (!(await flush()) && readsItem) {
        onNotSaved();
        return;
      }
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

  // The item's own summary (frozen with the proposal once approved) is read from the saved item;
  // without one, the register's summary of projects running today, which a refused save cannot stale.
  const exportSummary = () => (attached ? run(() => call('items:exportItemSummary', { id: itemId })) : run(() => call('items:exportSummary', { activeOn: defaultActiveOn(), areas: [] }), false));

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
      <button type="button" className="button button--small" disabled={busy} onClick={() => { void exportSummary(); }}>
        {t('items.actions.exportSummary')}
      </button>
      <button type="button" className="button button--small" disabled={busy} onClick={() => { setChoosingCopy(true); }}>
        {t('review.wordExport.button')}
      </button>
      <button type="button" className="button button--small" disabled={busy} onClick={() => { void run(() => call('exchange:export', { scope: { kind: 'item', id: itemId } })); }}>
        {t('exchangeUi.exportItem')}
      </button>
      <WordImport itemId={itemId} busy={busy} flush={flush} expectedUpdatedAt={expectedUpdatedAt} onApplied={onItemChanged} onNotSaved={onNotSaved} />
      {choosingCopy ? (
        <ReviewCopyDialog
          itemId={itemId}
          onClose={() => { setChoosingCopy(false); }}
          onExport={({ comments, changesSince }) => {
            setChoosingCopy(false);
            void run(() => call('items:export', { id: itemId, kind: 'proposal', comments, changesSince }));
          }}
        />
      ) : null}
    </div>
  );
}
