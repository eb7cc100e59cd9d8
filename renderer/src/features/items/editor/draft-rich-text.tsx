// A rich text part of the open item (the background; the proposal and the decision take the same
// shape: <DraftRichText field="proposal" …/>): the editor linked into the item's one draft and its
// one undo order. Any number of them can be on the form; each registers while it is mounted.
import { useCallback, useState } from 'react';
import { emptyDoc } from '../../../../../shared/domain/rich-text';
import type { RichDoc } from '../../../../../shared/domain/rich-text';
import { RichTextEditor } from '../rich-text/rich-text-editor';
import type { RichEditorControl } from '../rich-text/editor-link';
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

export function DraftRichText({ field, labelId, readOnly, compact = false, name }: Props) {
  const store = useDraftStore();
  // Read once: the editor holds the text from here on and the store follows it, not the reverse.
  const [initial] = useState((): RichDoc => richValue(store.current(), field) ?? emptyDoc());
  const connect = useCallback((control: RichEditorControl) => store.registerRich(field, control), [store, field]);
  return <RichTextEditor value={initial} connect={connect} readOnly={readOnly} labelId={labelId} compact={compact} name={name} field={field === 'appealText' ? 'appeal' : field} />;
}
