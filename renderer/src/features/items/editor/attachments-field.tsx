// Attachments (numbered, part of the minutes) and supplementary material (not part of the
// minutes), including a project summary generated from the register.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentRef, ProjectSummarySource } from '../../../../../shared/domain/item';
import { formatFinnishDate } from '../../../../../shared/format/date';
import { RegisterScopeDialog } from '../register-scope';

interface Props {
  legend: string;
  /** Which list: also the field's test ids and undo keys. Only supplementary material offers the project summary. */
  name: 'attachments' | 'supplementary';
  value: AttachmentRef[];
  onChange: (next: AttachmentRef[], key: string) => void;
  onSummaryAdded?: () => void;
}

export function AttachmentsField({ legend, name, value, onChange, onSummaryAdded }: Props) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  // A supplementary entry is not an attachment of the minutes, so it is never called one.
  const supplementary = name === 'supplementary';
  const describeSummary = ({ activeOn, areas, frozen }: ProjectSummarySource) => {
    const scope = t('editor.attachments.summaryItem', {
      date: formatFinnishDate(activeOn),
      areas: areas.length > 0 ? `, ${areas.map((a) => t(`projects.area.${a}`)).join(', ')}` : '',
    });
    // Frozen with the proposal: say so, and how many projects it keeps, so nobody expects it to follow the register.
    return frozen ? `${scope}, ${t('editor.attachments.summaryFrozen', { count: frozen.projects.length })}` : scope;
  };
  const describe = (attachment: AttachmentRef) => (attachment.source.kind === 'projectSummary' ? describeSummary(attachment.source.summary) : attachment.source.fileName);
  return (
    <fieldset className="editor-section">
      <legend className="editor-section__title">{legend}</legend>
      {value.length === 0 ? <p className="muted">{supplementary ? t('editor.attachments.noneSupplementary') : t('editor.attachments.none')}</p> : null}
      <ol className="plain-list attachments">
        {value.map((attachment, index) => (
          <li key={attachment.id} className="inline-form" data-testid={`${name}-entry`}>
            <label className="field field--wide">
              <span className="field__label">{t(supplementary ? 'editor.attachments.supplementaryTitleLabel' : 'editor.attachments.titleLabel', { index: index + 1 })}</span>
              <input type="text" value={attachment.title} onChange={(event) => { onChange(value.map((a) => (a.id === attachment.id ? { ...a, title: event.target.value } : a)), `${name}.${attachment.id}`); }} />
            </label>
            {attachment.source.kind === 'document' ? (
              <label className="field">
                <span className="field__label">{t('editor.attachments.fileLabel')}</span>
                <input
                  type="text"
                  value={attachment.source.fileName}
                  onChange={(event) => { onChange(value.map((a) => (a.id === attachment.id ? { ...a, source: { kind: 'document', fileName: event.target.value } } : a)), `${name}.${attachment.id}.file`); }}
                />
              </label>
            ) : (
              <span className="attachments__source">{describe(attachment)}</span>
            )}
            <button type="button" className="button button--icon" aria-label={t('editor.attachments.remove', { title: attachment.title || describe(attachment) })} onClick={() => { onChange(value.filter((a) => a.id !== attachment.id), `${name}.remove`); }}>✕</button>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button type="button" className="button" onClick={() => { onChange([...value, { id: crypto.randomUUID(), title: '', source: { kind: 'document', fileName: '' } }], `${name}.add`); }}>
          {supplementary ? t('editor.attachments.addSupplementary') : t('editor.attachments.add')}
        </button>
        {supplementary ? (
          <button type="button" className="button" onClick={() => { setPicking(true); }}>{t('items.actions.insertSummary')}</button>
        ) : null}
      </div>
      {picking ? (
        <RegisterScopeDialog
          title={t('editor.attachments.summaryDialog')}
          submitLabel={t('items.actions.insertSummary')}
          onCancel={() => { setPicking(false); }}
          onSubmit={(summary) => {
            onChange([...value, { id: crypto.randomUUID(), title: t('items.defaults.summaryTitle'), source: { kind: 'projectSummary', summary } }], `${name}.summary`);
            setPicking(false);
            onSummaryAdded?.();
            return null;
          }}
        />
      ) : null}
    </fieldset>
  );
}
