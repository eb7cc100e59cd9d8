// A rich text part of the open item (the background; the proposal and the decision take the same
// shape: <DraftRichText field="proposal" …/>): the editor linked into the item's one draft and its
// one undo order. Any number of them can be on the form; each registers while it is mounted.
// The background, the proposal and the decision also take review comments (comment-bridge.ts).
import { useCallback, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import { emptyDoc } from '../../../../../shared/domain/rich-text';
import type { RichDoc } from '../../../../../shared/domain/rich-text';
import { RichTextEditor } from '../rich-text/rich-text-editor';
import type { EditorCommenting } from '../rich-text/rich-text-editor';
import type { RichEditorControl } from '../rich-text/editor-link';
import { richTarget, useCommentBridge } from '../comments/comment-bridge';
import type { RichCommentField } from '../comments/comment-bridge';
import { richValue } from './item-draft-store';
import type { RichField } from './item-draft-store';
import { useDraftStore } from './use-item-draft';

interface Props {
  field: RichField;
  labelId: string;
  readOnly: boolean;
  /** A short text (proposal, decision, appeal): a small box that grows with its text. */
  compact?: boolean;
  /** Names the formatting toolbar ("Tekstin muotoilu: Päätösehdotus") when the form has several. */
  name?: string;
}

const commentable = (field: RichField): field is RichCommentField => field === 'background' || field === 'proposal' || field === 'decision';

export function DraftRichText({ field, labelId, readOnly, compact = false, name }: Props) {
  const { t } = useTranslation();
  const store = useDraftStore();
  const bridge = useCommentBridge();
  // Read once: the editor holds the text from here on and the store follows it, not the reverse.
  const [initial] = useState((): RichDoc => richValue(store.current(), field) ?? emptyDoc());
  const connect = useCallback((control: RichEditorControl) => store.registerRich(field, control), [store, field]);
  // A text is commented while it can be edited: the proposal's parts until approval, the decision until the minutes are checked.
  const blockedReason = readOnly ? t(field === 'decision' ? 'review.comments.closedRecord' : 'review.comments.closedProposal') : null;
  const commenting = useMemo((): EditorCommenting | undefined => {
    if (!bridge || !commentable(field)) return undefined;
    return {
      blockedReason,
      onComment: (editor: Editor) => {
        const target = richTarget(editor, field);
        if (target) bridge.request(target);
        return target !== null;
      },
      onAnchors: (ids) => { bridge.setAnchors(ids); },
      onEditor: (editor) => bridge.registerEditor(field, editor),
    };
  }, [bridge, field, blockedReason]);
  return <RichTextEditor value={initial} connect={connect} readOnly={readOnly} labelId={labelId} compact={compact} name={name} field={field === 'appealText' ? 'appeal' : field} commenting={commenting} />;
}
