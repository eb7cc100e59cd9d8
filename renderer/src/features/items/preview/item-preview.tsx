// A live picture of the exported decision proposal: the SFS 2487 page drawn in CSS centimetres
// at a reduced scale, with the export's own measures (shared/domain/page-geometry.ts). Classic
// layout puts labels at the margin and text from 4.6 cm; the 2024 preset hangs headings at the
// margin and starts text at 2.3 cm (preview.css). The body runs on as one sheet; a dashed line
// marks where each further page about begins (Word also keeps rows and lines together, so its
// breaks can fall a little earlier), and the header counts the pages as the export's does.
import { memo, useRef } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { appealTexts } from '../../../../../shared/domain/item';
import type { Person, PointList } from '../../../../../shared/domain/item';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import type { OrganisationSettings } from '../../../../../shared/domain/settings';
import {
  a4,
  bodyHeightCm,
  pageMarginsCm,
  textStartCm,
} from '../../../../../shared/domain/page-geometry';
import { formatFinnishDate } from '../../../../../shared/format/date';
import { renderRich } from './rich-preview';
import { usePageCount } from './use-page-count';
import './preview.css';

function Row({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <div className="preview-row">
      <div className="preview-label">{label}</div>
      <div className="preview-text">{children}</div>
    </div>
  );
}

function Points({ list }: { list: PointList }) {
  return (
    <>
      <p>{list.opening}</p>
      <ol className="preview-points">
        {list.points.map((point) => (
          <li key={point.id}>{point.text}</li>
        ))}
      </ol>
    </>
  );
}

/** The page's measures as CSS custom properties, in preview centimetres (preview.css). */
function pageGeometry(layout: OrganisationSettings['layout']): CSSProperties {
  return {
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

interface Props {
  draft: ItemDraft;
  settings: OrganisationSettings;
  people: Person[];
}

export const ItemPreview = memo(function ItemPreview({ draft, settings, people }: Props) {
  const { t } = useTranslation();
  const pageRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const pages = usePageCount(pageRef, bodyRef);
  const preparers = draft.preparerIds
    .map((id) => people.find((person) => person.id === id))
    .filter((p): p is Person => p !== undefined);
  return (
    <div
      ref={pageRef}
      className={`preview-page preview-page--${settings.layout}`}
      style={pageGeometry(settings.layout)}
      data-testid="item-preview"
    >
      <header className="preview-header">
        <div className="preview-header__org">
          <div>{settings.organisation}</div>
          <div>{settings.unit}</div>
          <div>{draft.bodyName}</div>
        </div>
        <div className="preview-header__doc">
          <strong>{t('editor.preview.docType')}</strong>
          {draft.agendaNumber !== null ? (
            <span> {t('editor.preview.asiaNumber', { number: draft.agendaNumber })}</span>
          ) : null}
          <div>{draft.meetingDate ? formatFinnishDate(draft.meetingDate) : ''}</div>
        </div>
        <div className="preview-header__page" data-testid="preview-page-count">
          {t('editor.preview.pageOf', { page: 1, count: pages })}
        </div>
      </header>
      <div
        className="preview-body"
        style={{ minHeight: `calc(${pages} * var(--body-height) * var(--cm))` }}
      >
        <PageBreaks pages={pages} />
        <div ref={bodyRef}>
          {draft.publicity.kind === 'confidential' ? (
            <p className="preview-confidential">{`${t('items.publicity.confidential')}, ${draft.publicity.legalBasis}`}</p>
          ) : null}
          <Row>
            <p className="preview-title">{draft.title}</p>
            {draft.titleSv ? (
              <p className="preview-title preview-title--sv">{draft.titleSv}</p>
            ) : null}
            {draft.caseNumber ? <p>{draft.caseNumber}</p> : null}
            {draft.earlierHandling ? <p>{draft.earlierHandling}</p> : null}
          </Row>
          {preparers.length > 0 ? (
            <Row label={t('items.parts.preparers')}>
              {preparers.map((person) => (
                <p key={person.id}>
                  {[person.name, person.title, person.phone, person.email]
                    .filter(Boolean)
                    .join(', ')}
                </p>
              ))}
            </Row>
          ) : null}
          <Row>{renderRich(draft.background, 0)}</Row>
          {draft.attachments.length > 0 ? (
            <Row label={t('items.parts.attachments')}>
              <ol className="preview-points">
                {draft.attachments.map((a) => (
                  <li key={a.id}>{a.title}</li>
                ))}
              </ol>
            </Row>
          ) : null}
          {draft.supplementary.length > 0 ? (
            <Row label={t('items.parts.supplementary')}>
              {draft.supplementary.map((a) => (
                <p key={a.id}>{a.title}</p>
              ))}
            </Row>
          ) : null}
          <Row label={draft.presenterTitle || t('items.parts.presenter')}>
            <Points list={draft.proposal} />
          </Row>
          {draft.decision ? (
            <Row label={t('items.parts.decision')}>
              <Points list={draft.decision} />
            </Row>
          ) : null}
          {draft.forInformation.length > 0 ? (
            <Row label={t('items.parts.forInformation')}>
              {draft.forInformation.map((r, i) => (
                <p key={i}>{r}</p>
              ))}
            </Row>
          ) : null}
          {draft.implementation.length > 0 ? (
            <Row label={t('items.parts.implementation')}>
              {draft.implementation.map((r, i) => (
                <p key={i}>{r}</p>
              ))}
            </Row>
          ) : null}
          <Row label={t('items.parts.appeal')}>
            <p>{appealTexts[draft.appeal]}</p>
          </Row>
        </div>
      </div>
    </div>
  );
});
