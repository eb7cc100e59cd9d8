// The comments pane beside the editor: each comment with its quoted words, author and time, its
// replies and a reply form, resolve / reopen, delete (its author, while nobody has replied), and
// "Irrallaan" when its words are gone (the quote stays). The quote is a button that selects the
// words in the editor; an anchor under the pointer or the cursor lights up its comment here, and a
// comment under the pointer or in focus lights up its words there.
import { useMemo, useState } from 'react';
import type { FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import type { ItemComment } from '../../../../../shared/domain/review';
import { commentFields } from '../../../../../shared/domain/review';
import type { AppError } from '../../../../../shared/ipc/define';
import { ErrorAlert } from '../../../ui/error-alert';
import type { CommentBridge } from './comment-bridge';
import { formatDateTime } from './date-time';
import { anchoredIds, isDetached } from './detached';
import { isOwnComment } from './use-item-comments';
import type { CommentsModel } from './use-item-comments';

type Filter = 'open' | 'resolved' | 'all';

interface PaneProps {
  model: CommentsModel;
  bridge: CommentBridge;
  /** The comments the editor's pointer or cursor is on. */
  anchorIds: readonly string[];
  /** Replies, resolve and delete stop once the minutes are checked. */
  locked: boolean;
  /** The form's text now: "Irrallaan" follows it as it is typed. */
  draft: ItemDraft;
}

const fieldOrder = (comment: ItemComment) => commentFields.indexOf(comment.field);

export function CommentsPane({ model, bridge, anchorIds, locked, draft }: PaneProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('open');
  const anchored = useMemo(() => anchoredIds(draft), [draft]);
  const { comments, error } = model;
  if (error) return <ErrorAlert error={error} />;
  if (comments === null) return <p aria-busy="true">{t('review.comments.loading')}</p>;
  const topLevel = comments.filter((comment) => comment.parentId === null).sort((a, b) => fieldOrder(a) - fieldOrder(b) || a.createdAt.localeCompare(b.createdAt));
  const open = topLevel.filter((comment) => comment.resolvedAt === null);
  const resolved = topLevel.filter((comment) => comment.resolvedAt !== null);
  const shown = filter === 'open' ? open : filter === 'resolved' ? resolved : topLevel;
  const filters: { key: Filter; label: string }[] = [
    { key: 'open', label: t('review.comments.filterOpen', { count: open.length }) },
    { key: 'resolved', label: t('review.comments.filterResolved', { count: resolved.length }) },
    { key: 'all', label: t('review.comments.filterAll', { count: topLevel.length }) },
  ];
  const empty = filter === 'open' ? 'review.comments.noneOpen' : filter === 'resolved' ? 'review.comments.noneResolved' : 'review.comments.none';
  return (
    <div className="comments-pane">
      <div className="segmented" role="group" aria-label={t('review.comments.filterLabel')}>
        {filters.map((option) => (
          <button key={option.key} type="button" className="button button--small" aria-pressed={filter === option.key} onClick={() => { setFilter(option.key); }}>{option.label}</button>
        ))}
      </div>
      {shown.length === 0 ? <p className="muted">{t(empty)}</p> : (
        <ul className="comments-pane__list">
          {shown.map((comment) => (
            <CommentCard
              key={comment.id}
              comment={comment}
              replies={comments.filter((reply) => reply.parentId === comment.id).sort((a, b) => a.createdAt.localeCompare(b.createdAt))}
              active={anchorIds.includes(comment.id)}
              detached={isDetached(comment, draft, anchored)}
              model={model}
              bridge={bridge}
              locked={locked}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

interface CardProps {
  comment: ItemComment;
  detached: boolean;
  replies: ItemComment[];
  active: boolean;
  model: CommentsModel;
  bridge: CommentBridge;
  locked: boolean;
}

function CommentCard({ comment, detached, replies, active, model, bridge, locked }: CardProps) {
  const { t } = useTranslation();
  const [replyText, setReplyText] = useState<string | null>(null);
  const [replyTried, setReplyTried] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<AppError | null>(null);
  const own = isOwnComment(comment, model.user);
  const resolved = comment.resolvedAt !== null;
  const author = (name: string) => name || t('review.comments.unknownAuthor');

  const run = async (action: () => Promise<{ ok: true } | { ok: false; error: AppError }>, after?: () => void) => {
    setBusy(true);
    setProblem(null);
    const result = await action();
    if (result.ok) {
      after?.();
      await model.reload();
    } else setProblem(result.error);
    setBusy(false);
  };
  const sendReply = () => {
    setReplyTried(true);
    const body = (replyText ?? '').trim();
    if (body === '') return;
    void run(() => call('comments:add', { id: crypto.randomUUID(), itemId: comment.itemId, parentId: comment.id, field: comment.field, quote: '', body }), () => {
      setReplyText(null);
      setReplyTried(false);
    });
  };
  const remove = () => {
    void run(() => call('comments:delete', { id: comment.id, expectedUpdatedAt: comment.updatedAt }), () => {
      bridge.removeAnchor(comment.field, comment.id);
      bridge.setHighlight({ active: null });
    });
  };
  // The words light up while the comment is pointed at or has focus.
  const point = (on: boolean) => { bridge.setHighlight({ active: on ? comment.id : null }); };
  const onBlur = (event: FocusEvent) => { if (!event.currentTarget.contains(event.relatedTarget)) point(false); };
  const replyId = `reply-${comment.id}`;

  return (
    <li
      className={['comment-card', active ? 'comment-card--active' : '', resolved ? 'comment-card--resolved' : ''].filter(Boolean).join(' ')}
      data-comment-id={comment.id}
      data-testid="comment-card"
      onMouseEnter={() => { point(true); }}
      onMouseLeave={() => { point(false); }}
      onFocus={() => { point(true); }}
      onBlur={onBlur}
    >
      <article aria-label={t('review.comments.author', { name: author(comment.author.name), time: formatDateTime(comment.createdAt, t) })}>
        <p className="comment-card__meta">
          <span className="comment-card__field">{t(`review.comments.field.${comment.field}`)}</span>
          {detached ? <span className="badge badge--warn" data-testid="comment-detached">{t('review.comments.detached')}</span> : null}
          {comment.source === 'word' ? <span className="badge">{t('review.comments.fromWord')}</span> : null}
        </p>
        {detached ? (
          <>
            <blockquote className="comment-quote comment-quote--detached" data-testid="comment-quote">{comment.quote}</blockquote>
            <p className="field__hint">{t('review.comments.detachedHint')}</p>
          </>
        ) : (
          <button type="button" className="comment-quote comment-quote--link" data-testid="comment-quote" aria-label={t('review.comments.showInText', { quote: comment.quote })} onClick={() => { bridge.reveal(comment); }}>
            {comment.quote}
          </button>
        )}
        <p className="comment-card__author">{t('review.comments.author', { name: author(comment.author.name), time: formatDateTime(comment.createdAt, t) })}</p>
        <p className="comment-card__body" data-testid="comment-body">{comment.body}</p>
        {replies.length > 0 ? (
          <ol className="comment-replies" aria-label={t('review.comments.replies')}>
            {replies.map((reply) => (
              <li key={reply.id} className="comment-reply" data-testid="comment-reply">
                <p className="comment-card__author">{t('review.comments.author', { name: author(reply.author.name), time: formatDateTime(reply.createdAt, t) })}</p>
                <p className="comment-card__body">{reply.body}</p>
              </li>
            ))}
          </ol>
        ) : null}
        {resolved && comment.resolvedAt ? (
          <p className="comment-card__resolved">{t('review.comments.resolvedBy', { name: author(comment.resolvedBy?.name ?? ''), time: formatDateTime(comment.resolvedAt, t) })}</p>
        ) : null}
        {replyText !== null ? (
          <form className="comment-reply-form" noValidate onSubmit={(event) => { event.preventDefault(); sendReply(); }}>
            <label className="field">
              <span className="field__label">{t('review.comments.replyLabel')}</span>
              <textarea
                rows={2}
                // Opened on request: the reply goes here.
                autoFocus
                value={replyText}
                aria-invalid={replyTried && replyText.trim() === '' ? true : undefined}
                aria-describedby={replyTried && replyText.trim() === '' ? replyId : undefined}
                onChange={(event) => { setReplyText(event.target.value); }}
                onKeyDown={(event) => { if (event.key === 'Escape') { event.stopPropagation(); setReplyText(null); } }}
              />
              {replyTried && replyText.trim() === '' ? <span id={replyId} className="field__error">{t('review.error.commentEmpty')}</span> : null}
            </label>
            <div className="button-row">
              <button type="submit" className="button button--small button--primary" disabled={busy}>{t('review.comments.sendReply')}</button>
              <button type="button" className="button button--small button--quiet" onClick={() => { setReplyText(null); }}>{t('review.comments.cancel')}</button>
            </div>
          </form>
        ) : null}
        {confirmDelete ? (
          <div className="comment-card__confirm" role="group" aria-label={t('review.comments.deleteConfirm')}>
            <span>{t('review.comments.deleteConfirm')}</span>
            <button type="button" className="button button--small button--danger" disabled={busy} onClick={remove}>{t('review.comments.deleteYes')}</button>
            <button type="button" className="button button--small button--quiet" onClick={() => { setConfirmDelete(false); }}>{t('review.comments.cancel')}</button>
          </div>
        ) : null}
        {locked ? null : (
          <div className="button-row comment-card__actions">
            {replyText === null ? <button type="button" className="button button--small" onClick={() => { setReplyText(''); }}>{t('review.comments.reply')}</button> : null}
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => { void run(() => call('comments:resolve', { id: comment.id, resolved: !resolved, expectedUpdatedAt: comment.updatedAt })); }}
            >
              {t(resolved ? 'review.comments.reopen' : 'review.comments.resolve')}
            </button>
            {own && !confirmDelete ? (
              <button
                type="button"
                className="button button--small button--quiet"
                aria-disabled={replies.length > 0 ? true : undefined}
                title={replies.length > 0 ? t('review.comments.hasReplies') : undefined}
                onClick={() => { if (replies.length === 0) setConfirmDelete(true); }}
              >
                {t('review.comments.delete')}
              </button>
            ) : null}
          </div>
        )}
        <ErrorAlert error={problem} />
      </article>
    </li>
  );
}
