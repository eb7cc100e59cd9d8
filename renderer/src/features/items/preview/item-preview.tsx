// A live picture of the exported agenda item: the SFS 2487 page drawn in CSS centimetres at a
// reduced scale, with the export's own measures (shared/domain/page-geometry.ts) and its own words
// (shared/format/item-document.ts). It shows the document the item would be exported as now: the
// minutes section (PÖYTÄKIRJA, §, the decision) once a decision exists, else the agenda item
// (ESITYSLISTA, Asianro, no decision). Classic layout puts labels at the margin and text from
// 4.6 cm; the 2024 preset hangs labels and headings at the margin and starts text at 2.3 cm
// (preview.css). The title block stands at the margin in both, as exported. The body runs on as
// one sheet; a dashed line marks where each further page about begins (Word also keeps rows and
// lines together, so its breaks can fall a little earlier), and the header counts the pages as the
// export's does.
import { memo, useRef } from 'react';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../../shared/domain/item';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import type { OrganisationSettings } from '../../../../../shared/domain/settings';
import {
  a4,
  bodyHeightCm,
  pageMarginsCm,
  pointsPerCm,
  textColumnCm,
  textStartCm,
} from '../../../../../shared/domain/page-geometry';
import { formatFinnishDate } from '../../../../../shared/format/date';
import {
  confidentialityLine,
  documentKindOf,
  documentTypeText,
  issuerName,
  itemMetaLine,
  itemNumberText,
  preparerLine,
  proposalLabelling,
} from '../../../../../shared/format/item-document';
import { Labelled, LabelledLines, NumberedLines, PreviewLayout, RichBlock } from './preview-blocks';
import { PreviewHeader } from './preview-header';
import { renderRich } from './rich-preview';
import { usePageCount } from './use-page-count';
import './preview.css';

/** The page's measures as CSS custom properties, in preview centimetres (preview.css); zoom 1 is the real size. */
function pageGeometry(layout: OrganisationSettings['layout'], zoom: number): CSSProperties {
  return {
    '--zoom': zoom,
    '--page-width': a4.widthCm,
    '--page-height': a4.heightCm,
    '--margin-left': pageMarginsCm.left,
    '--margin-right': pageMarginsCm.right,
    '--margin-top': pageMarginsCm.top,
    '--margin-bottom': pageMarginsCm.bottom,
    '--margin-header': pageMarginsCm.header,
    '--body-height': bodyHeightCm,
    '--text-start-cm': textStartCm[layout],
  } as CSSProperties;
}

function PageBreaks({ pages }: { pages: number }) {
  const { t } = useTranslation();
  return Array.from({ length: pages - 1 }, (_, index) => (
    <div
      key={index}
      className="preview-break"
      style={{ top: `calc(${index + 1} * var(--body-height) * var(--cm))` }}
      aria-hidden="true"
    >
      <span>{t('editor.preview.pageOf', { page: index + 2, count: pages })}</span>
    </div>
  ));
}

/** Title (and its Swedish line), case number, earlier handling, confidentiality and the meta line, at the margin. */
function TitleBlock({ draft, metaLine }: { draft: ItemDraft; metaLine: string }) {
  const { t } = useTranslation();
  const swedish = draft.titleSv.trim();
  const confidential = confidentialityLine(draft.publicity);
  const metas = [draft.caseNumber.trim(), draft.earlierHandling.trim()].filter(Boolean);
  return (
    <>
      <p className="preview-title">
        {draft.title.trim() || t('items.defaults.newTitle')}
        {swedish ? (
          <>
            <br />
            <span lang="sv-FI">{swedish}</span>
          </>
        ) : null}
      </p>
      {metas.map((line, index) => (
        <p key={index} className="preview-meta">
          {line}
        </p>
      ))}
      {confidential !== null ? <p className="preview-meta preview-meta--bold">{confidential}</p> : null}
      {metaLine ? <p className="preview-meta">{metaLine}</p> : null}
    </>
  );
}

interface Props {
  draft: ItemDraft;
  settings: OrganisationSettings;
  people: Person[];
  /** 1 draws the page at its real size (21 cm wide at the screen's CSS centimetre). */
  zoom: number;
}

export const ItemPreview = memo(function ItemPreview({ draft, settings, people, zoom }: Props) {
  const { t } = useTranslation();
  const pageRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const pages = usePageCount(pageRef, bodyRef);
  const kind = documentKindOf(draft);
  const preparers = draft.preparerIds
    .map((id) => people.find((person) => person.id === id))
    .filter((p): p is Person => p !== undefined);
  const titles = (refs: ItemDraft['attachments']) => refs.map((ref) => ref.title);
  const labelling = proposalLabelling(draft, settings);
  const columnPt = textColumnCm(settings.layout) * pointsPerCm;
  return (
    <div
      ref={pageRef}
      className={`preview-page preview-page--${settings.layout}`}
      style={pageGeometry(settings.layout, zoom)}
      data-testid="item-preview"
      data-kind={kind}
    >
      <PreviewHeader
        info={{
          organisation: settings.organisation,
          issuer: issuerName(draft, settings.bodyName),
          documentType: documentTypeText(kind),
          documentNumber: draft.meetingNumber.trim(),
          itemNumber: itemNumberText(draft, kind),
          // The export's header date: the meeting's; none before it is known.
          date: draft.meetingDate ? formatFinnishDate(draft.meetingDate) : '',
          pages,
        }}
      />
      <div
        className="preview-body"
        style={{ minHeight: `calc(${pages} * var(--body-height) * var(--cm))` }}
      >
        <PageBreaks pages={pages} />
        <PreviewLayout.Provider value={settings.layout}>
        <div ref={bodyRef}>
          <TitleBlock draft={draft} metaLine={itemMetaLine(draft, kind, settings.bodyName)} />
          <LabelledLines label={t('items.parts.preparers')} lines={preparers.map(preparerLine)} />
          <Labelled>{renderRich(draft.background, 0, columnPt)}</Labelled>
          <NumberedLines label={t('items.parts.attachments')} lines={titles(draft.attachments)} />
          <LabelledLines label={t('items.parts.supplementary')} lines={titles(draft.supplementary)} />
          {labelling.presenterRow ? <LabelledLines label={labelling.presenterRow.label} lines={[labelling.presenterRow.line]} /> : null}
          <RichBlock label={labelling.proposalLabel} doc={draft.proposal} points widthPt={columnPt} />
          {kind === 'minutes' && draft.decision !== null ? (
            <RichBlock label={t('items.parts.decision')} doc={draft.decision} points widthPt={columnPt} />
          ) : null}
          <LabelledLines label={t('items.parts.forInformation')} lines={draft.forInformation} />
          <LabelledLines label={t('items.parts.implementation')} lines={draft.implementation} />
          <RichBlock label={t('items.parts.appeal')} doc={draft.appeal.text} points={false} widthPt={columnPt} />
        </div>
        </PreviewLayout.Provider>
      </div>
    </div>
  );
});
