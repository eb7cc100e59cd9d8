// A copy of an earlier item (last year's review) says last year's years: "…2024", a register
// figure "käynnissä 1.1.2024". Until the user has checked them, the note names where the old year
// still stands, and the item cannot go to review (item-completeness.ts).
import { useTranslation } from 'react-i18next';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { richToPlainText } from '../../../../../shared/domain/rich-text';
import type { RichDoc, RichNode } from '../../../../../shared/domain/rich-text';

function liveValueDates(doc: RichDoc): string[] {
  const dates: string[] = [];
  const visit = (node: RichNode) => {
    if (node.type === 'liveValue' && typeof node.attrs?.activeOn === 'string') dates.push(node.attrs.activeOn);
    node.content?.forEach(visit);
  };
  doc.content.forEach(visit);
  return dates;
}

/** The parts of the draft in which the year still appears (as text, or as a register figure's date). */
export function partsNamingYear(draft: ItemDraft, year: number): ('title' | 'background' | 'proposal' | 'supplementary')[] {
  const pattern = new RegExp(`(?<!\\d)${String(year)}(?!\\d)`, 'u');
  const inDoc = (doc: RichDoc) => pattern.test(richToPlainText(doc)) || liveValueDates(doc).some((date) => date.startsWith(String(year)));
  const parts: ('title' | 'background' | 'proposal' | 'supplementary')[] = [];
  if (pattern.test(draft.title)) parts.push('title');
  if (inDoc(draft.background)) parts.push('background');
  if (inDoc(draft.proposal)) parts.push('proposal');
  if (draft.supplementary.some((ref) => pattern.test(ref.title) || (ref.source.kind === 'projectSummary' && ref.source.summary.activeOn.startsWith(String(year))))) parts.push('supplementary');
  return parts;
}

export function YearCheckNote({ draft, onChecked, disabled }: { draft: ItemDraft; onChecked: () => void; disabled: boolean }) {
  const { t } = useTranslation();
  if (draft.yearToCheck === null) return null;
  const parts = partsNamingYear(draft, draft.yearToCheck);
  return (
    <div className="frozen-note year-check" role="note" data-testid="year-check">
      <p>
        {t('editor.yearCheck.note', { year: draft.yearToCheck })}{' '}
        {parts.length > 0 ? t('editor.yearCheck.where', { parts: parts.map((part) => t(`items.parts.${part}`)).join(', ') }) : t('editor.yearCheck.nowhere')}
      </p>
      <button type="button" className="button" disabled={disabled} onClick={onChecked}>{t('editor.yearCheck.done')}</button>
    </div>
  );
}
