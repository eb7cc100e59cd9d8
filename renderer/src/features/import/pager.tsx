// A page of a long list: "Sivu 3/200, rivit 101–150/10 000" between Edellinen and Seuraava.
// The position is a live status, so a screen-reader user hears where the page went.
import { useTranslation } from 'react-i18next';
import { pageCount, pageSize } from './import-state';
import { formatCount } from './preview-values';

interface Props {
  page: number;
  total: number;
  onPage: (page: number) => void;
}

export function Pager({ page, total, onPage }: Props) {
  const { t } = useTranslation();
  const pages = pageCount(total);
  if (total <= pageSize) return null;
  const from = page * pageSize + 1;
  const to = Math.min(total, (page + 1) * pageSize);
  return (
    <nav className="import-pager" aria-label={t('dataImportUi.preview.pages')}>
      <button type="button" className="button button--small" disabled={page === 0} onClick={() => { onPage(page - 1); }}>{t('dataImportUi.preview.previousPage')}</button>
      <span role="status" className="import-pager__where">
        {t('dataImportUi.preview.page', { page: page + 1, pages, from: formatCount(from), to: formatCount(to), total: formatCount(total) })}
      </span>
      <button type="button" className="button button--small" disabled={page >= pages - 1} onClick={() => { onPage(page + 1); }}>{t('dataImportUi.preview.nextPage')}</button>
    </nav>
  );
}
