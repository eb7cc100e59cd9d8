// The page header as the export writes it (electron/export/header.ts): organisation and body at the
// left; the document type in bold with the meeting's number at 9.2 cm, the item's Asianro or § at
// 13.8 cm, the date under the type; "1 (3)" at the right.
import { useTranslation } from 'react-i18next';

export interface PreviewHeaderInfo {
  organisation: string;
  issuer: string;
  documentType: string;
  documentNumber: string;
  itemNumber: string;
  date: string;
  pages: number;
}

export function PreviewHeader({ info }: { info: PreviewHeaderInfo }) {
  const { t } = useTranslation();
  return (
    <header className="preview-header">
      <div className="preview-header__line">
        <span>{info.organisation}</span>
        <span className="preview-header__type">
          <strong>{info.documentType}</strong>
          {info.documentNumber ? ` ${info.documentNumber}` : null}
        </span>
        <span className="preview-header__number">{info.itemNumber}</span>
        <span className="preview-header__page" data-testid="preview-page-count">
          {t('editor.preview.pageOf', { page: 1, count: info.pages })}
        </span>
      </div>
      <div className="preview-header__line">
        <span>{info.issuer}</span>
        <span className="preview-header__type">{info.date}</span>
      </div>
    </header>
  );
}
