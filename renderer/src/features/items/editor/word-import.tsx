// "Tuo tarkastettu Word-tiedosto": the presenter's returned .docx is read against the item
// (review:readWord changes nothing), its comments and tracked changes are listed with how each
// matched, the user accepts changes one by one (none start accepted: word-import-choices.ts), and
// review:applyWord makes one new version of the accepted ones and imports the comments. What could
// not be applied is listed; a file that is not the item's review copy gets its Finnish refusal.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import type { AgendaItem } from '../../../../../shared/domain/item';
import type { WordChange, WordComment, WordReviewReport } from '../../../../../shared/domain/word-review';
import { maxReviewFileBytes } from '../../../../../shared/ipc/channels/review';
import type { WordApplyResult } from '../../../../../shared/ipc/channels/review';
import type { AppError } from '../../../../../shared/ipc/define';
import { Dialog } from '../../../ui/dialog';
import { ErrorAlert } from '../../../ui/error-alert';
import { useIssueText } from '../../../ui/field-issues';
import { readFileBase64 } from '../../../ui/read-file';
import { formatWhen } from '../../review/when';
import { acceptableChangeIds, applyChoices, importableCommentIds } from './word-import-choices';

interface Props {
  itemId: string;
  busy: boolean;
  /** Saves what is pending, so the file is read against what is on screen. */
  flush: () => Promise<boolean>;
  expectedUpdatedAt: () => string;
  onApplied: (item: AgendaItem) => void;
  onNotSaved: () => void;
}

interface Opened {
  fileName: string;
  dataBase64: string;
  report: WordReviewReport;
}

export function WordImport({ itemId, busy, flush, expectedUpdatedAt, onApplied, onNotSaved }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [refused, setRefused] = useState<AppError | null>(null);

  const read = async (file: File) => {
    // Too large is said before the bytes travel; everything else about the file is the service's to judge.
    if (file.size > maxReviewFileBytes) {
      setRefused({ code: 'VALIDATION', message: 'too large', fields: [{ path: 'dataBase64', message: 'review.error.tooLarge' }] });
      return;
    }
    setReading(true);
    try {
      if (!(await flush())) {
        onNotSaved();
        return;
      }
      const dataBase64 = await readFileBase64(file);
      const envelope = await call('review:readWord', { itemId, fileName: file.name, dataBase64 });
      if (envelope.ok) setOpened({ fileName: file.name, dataBase64, report: envelope.value });
      else setRefused(envelope.error);
    } finally {
      setReading(false);
    }
  };

  return (
    <>
      <button type="button" className="button button--small" disabled={busy || reading} aria-busy={reading || undefined} onClick={() => { input.current?.click(); }}>
        {reading ? t('review.wordImport.reading') : t('review.wordImport.button')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        hidden
        aria-label={t('review.wordImport.fileLabel')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // The same file can be chosen again after a refusal.
          event.target.value = '';
          if (file) void read(file);
        }}
      />
      {refused ? (
        <Dialog title={t('review.wordImport.refusedTitle')} role="alertdialog" onClose={() => { setRefused(null); }}>
          {/* The file's own problem (not a Word file, another item's copy, damaged …), not "check the marked fields". */}
          <RefusalText error={refused} />
          <div className="button-row button-row--end dialog__actions">
            <button type="button" className="button" autoFocus onClick={() => { setRefused(null); }}>{t('ui.actions.close')}</button>
          </div>
        </Dialog>
      ) : null}
      {opened ? <WordImportDialog opened={opened} itemId={itemId} expectedUpdatedAt={expectedUpdatedAt} onApplied={onApplied} onClose={() => { setOpened(null); }} /> : null}
    </>
  );
}

function RefusalText({ error }: { error: AppError }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const said = [...new Set((error.fields ?? []).map((field) => issueText(field)))];
  return (
    <div role="alert" className="error-alert" data-testid="word-import-refused">
      {said.length === 0 ? <span>{t(`error.${error.code}`)}</span> : said.map((text) => <p key={text}>{text}</p>)}
    </div>
  );
}

function CommentEntry({ comment, parent }: { comment: WordComment; parent: boolean }) {
  const { t } = useTranslation();
  return (
    <li className={`word-import__entry ${parent ? '' : 'word-import__entry--reply'}`} data-testid="word-comment">
      <p className="word-import__meta">
        <strong>{comment.author}</strong>
        {comment.date ? ` · ${formatWhen(comment.date, t)}` : ''}
        {comment.parentId !== null ? ` · ${t('review.wordImport.reply')}` : ''}
        {` · ${t('review.wordImport.inField', { field: comment.field ? t(`review.wordImport.field.${comment.field}`) : t('review.wordImport.unknownField') })}`}
      </p>
      {comment.quote !== '' ? <p className="word-import__quote">{t('review.wordImport.quote')} ”{comment.quote}”</p> : null}
      <p>{comment.body}</p>
      <p className={`word-import__match word-import__match--${comment.match}`}>{t(`review.wordImport.matchComment.${comment.match}`)}</p>
    </li>
  );
}

function ChangeEntry({ change, accepted, onToggle }: { change: WordChange; accepted: boolean; onToggle: (on: boolean) => void }) {
  const { t } = useTranslation();
  const field = change.field ? t(`review.wordImport.field.${change.field}`) : t('review.wordImport.unknownField');
  return (
    <li className="word-import__entry" data-testid="word-change">
      <p className="word-import__meta">
        <strong>{field}</strong> · {change.author}
        {change.date ? ` · ${formatWhen(change.date, t)}` : ''}
      </p>
      {change.deleted !== '' ? <p><span className="word-import__label">{t('review.wordImport.deleted')}</span> <del>{change.deleted}</del></p> : null}
      {change.inserted !== '' ? <p><span className="word-import__label">{t('review.wordImport.inserted')}</span> <ins>{change.inserted}</ins></p> : null}
      <p className={`word-import__match word-import__match--${change.match}`}>{t(`review.wordImport.match.${change.match}`)}</p>
      {change.match === 'matched' ? (
        <label className="checkbox">
          <input type="checkbox" checked={accepted} onChange={(event) => { onToggle(event.target.checked); }} />
          {t('review.wordImport.acceptChange')}
        </label>
      ) : null}
    </li>
  );
}

function WordImportDialog({ opened, itemId, expectedUpdatedAt, onApplied, onClose }: { opened: Opened; itemId: string; expectedUpdatedAt: () => string; onApplied: (item: AgendaItem) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const { report } = opened;
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const [importComments, setImportComments] = useState(true);
  const [error, setError] = useState<AppError | null>(null);
  const [nothing, setNothing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<WordApplyResult | null>(null);
  const acceptable = acceptableChangeIds(report);
  const importable = importableCommentIds(report);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(accepted);
    if (on) next.add(id);
    else next.delete(id);
    setAccepted(next);
  };
  const apply = async () => {
    const choices = applyChoices(report, accepted, importComments);
    setNothing(choices.acceptChangeIds.length === 0 && choices.importCommentIds.length === 0);
    if (choices.acceptChangeIds.length === 0 && choices.importCommentIds.length === 0) return;
    setBusy(true);
    setError(null);
    const envelope = await call('review:applyWord', { itemId, fileName: opened.fileName, dataBase64: opened.dataBase64, ...choices, expectedUpdatedAt: expectedUpdatedAt() });
    setBusy(false);
    if (!envelope.ok) {
      setError(envelope.error);
      return;
    }
    setResult(envelope.value);
    onApplied(envelope.value.item);
  };
  const failed = result ? report.changes.filter((change) => result.failedChangeIds.includes(change.id)) : [];
  return (
    <Dialog title={t('review.wordImport.title', { fileName: opened.fileName })} size="wide" onClose={onClose}>
      <div className="word-import">
        {report.exportedVersion !== null ? <p className="muted">{t('review.wordImport.exportedVersion', { version: report.exportedVersion })}</p> : null}
        {report.notes.length > 0 ? (
          <section aria-label={t('review.wordImport.notesHeading')} className="warning-note">
            <h3>{t('review.wordImport.notesHeading')}</h3>
            <ul>{report.notes.map((note) => <li key={note}>{note}</li>)}</ul>
          </section>
        ) : null}
        <section aria-labelledby="word-import-comments">
          <h3 id="word-import-comments">{t('review.wordImport.commentsHeading', { count: report.comments.length })}</h3>
          {report.comments.length === 0 ? <p className="muted">{t('review.wordImport.noComments')}</p> : (
            <ul className="word-import__list">
              {report.comments.map((comment) => <CommentEntry key={comment.id} comment={comment} parent={comment.parentId === null} />)}
            </ul>
          )}
          {importable.length > 0 && result === null ? (
            <label className="checkbox">
              <input type="checkbox" checked={importComments} onChange={(event) => { setImportComments(event.target.checked); }} />
              {t('review.wordImport.importComments', { count: importable.length })}
            </label>
          ) : null}
        </section>
        <section aria-labelledby="word-import-changes">
          <h3 id="word-import-changes">{t('review.wordImport.changesHeading', { count: report.changes.length })}</h3>
          {report.changes.length === 0 ? <p className="muted">{t('review.wordImport.noChanges')}</p> : (
            <>
              {acceptable.length > 0 && result === null ? (
                <div className="button-row">
                  <p className="muted">{t('review.wordImport.changesHint')}</p>
                  <button type="button" className="button button--small" onClick={() => { setAccepted(new Set(acceptable)); }}>{t('review.wordImport.selectAll')}</button>
                  <button type="button" className="button button--small" onClick={() => { setAccepted(new Set()); }}>{t('review.wordImport.selectNone')}</button>
                </div>
              ) : null}
              <ul className="word-import__list">
                {report.changes.map((change) => <ChangeEntry key={change.id} change={change} accepted={accepted.has(change.id)} onToggle={(on) => { toggle(change.id, on); }} />)}
              </ul>
            </>
          )}
        </section>
        <ErrorAlert error={error} details={error?.fields?.map((field) => field.message) ?? []} />
        {nothing ? <p role="alert" className="error-alert">{t('review.wordImport.nothingChosen')}</p> : null}
        {result ? (
          <div role="status" className="info-note" data-testid="word-import-result">
            <p>{t('review.wordImport.applied', { changes: result.appliedChangeIds.length, comments: result.importedCommentIds.length })}</p>
            {failed.length > 0 ? (
              <>
                <p>{t('review.wordImport.failedHeading')}</p>
                <ul>{failed.map((change) => <li key={change.id}>{`${change.deleted !== '' ? `−”${change.deleted}” ` : ''}${change.inserted !== '' ? `+”${change.inserted}”` : ''}`}</li>)}</ul>
              </>
            ) : null}
          </div>
        ) : null}
        <div className="button-row button-row--end dialog__actions">
          <button type="button" className="button" onClick={onClose}>{result ? t('ui.actions.close') : t('ui.actions.cancel')}</button>
          {result === null ? <button type="button" className="button button--primary" disabled={busy} onClick={() => { void apply(); }}>{t('review.wordImport.apply')}</button> : null}
        </div>
      </div>
    </Dialog>
  );
}
