// The register as an ARIA table whose body is virtualized: only the rows in view exist in the
// DOM, so 10,000 projects scroll as smoothly as 30. aria-rowcount/aria-rowindex tell assistive
// technology the true size and each row's place in it.
import { memo, useCallback, useRef } from 'react';
import type { CSSProperties } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { ProjectListRow, ProjectSortKey } from '../../../../shared/domain/project';
import { columns, gridTemplate } from './columns';
import { useProjectLabels } from './labels';

interface ProjectTableProps {
  rows: readonly ProjectListRow[];
  sortBy: ProjectSortKey;
  sortDirection: 'asc' | 'desc';
  onSort: (key: ProjectSortKey) => void;
  onEdit: (project: ProjectListRow) => void;
  onDuplicate: (project: ProjectListRow) => void;
  onDelete: (project: ProjectListRow) => void;
}

/** A row's height before it is measured: most names take two lines. Rows are measured as they render. */
const estimatedRowHeight = 52;

export const ProjectTable = memo(function ProjectTable({ rows, sortBy, sortDirection, onSort, onEdit, onDuplicate, onDelete }: ProjectTableProps) {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  const scrollRef = useRef<HTMLDivElement>(null);
  // Rows wrap long names, so each is measured (measureElement); sizes are kept by project id,
  // so a re-sorted or filtered list does not guess again for rows it has already shown. A stable
  // key function: a new one would make the virtualizer lay out all 10,000 rows again on each scroll.
  const itemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight,
    getItemKey: itemKey,
    overscan: 8,
  });
  const gridStyle: CSSProperties = { gridTemplateColumns: gridTemplate };

  return (
    <div className="table-scroll" ref={scrollRef}>
      <div role="table" className="table" aria-label={t('ui.register.tableLabel')} aria-rowcount={rows.length + 1} aria-colcount={columns.length + 1}>
        <div role="rowgroup" className="table__head">
          <div role="row" aria-rowindex={1} className="table__row table__row--head" style={gridStyle}>
            {columns.map((column) => {
              const sorted = column.sortKey === sortBy;
              return (
                <div key={column.field} role="columnheader" className={column.numeric ? 'table__cell table__cell--numeric' : 'table__cell'} aria-sort={sorted ? (sortDirection === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" className="table__sort" onClick={() => { onSort(column.sortKey); }}>
                    {column.headerKey ? t(column.headerKey) : labels.field(column.field)}
                    <span aria-hidden="true" className="table__sort-mark">
                      {sorted ? (sortDirection === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </div>
              );
            })}
            <div role="columnheader" className="table__cell">
              {t('ui.register.rowActions')}
            </div>
          </div>
        </div>
        <div role="rowgroup" className="table__body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const project = rows[item.index];
            if (!project) return null;
            return (
              <div key={project.id} ref={virtualizer.measureElement} data-index={item.index} role="row" aria-rowindex={item.index + 2} className="table__row" style={{ ...gridStyle, transform: `translateY(${item.start}px)` }}>
                {columns.map((column, index) => (
                  <div key={column.field} role="cell" className={column.numeric ? 'table__cell table__cell--numeric' : 'table__cell'}>
                    {index === 0 ? (
                      // The whole name is the button's accessible name; a name longer than three lines is
                      // cut on screen only, and the title shows it whole on hover.
                      <button type="button" className="table__name" title={t('ui.register.editProject', { name: project.nameFi })} onClick={() => { onEdit(project); }}>
                        <span className="table__clamp">{project.nameFi}</span>
                      </button>
                    ) : (
                      <span className="table__clamp">{column.render(project, labels)}</span>
                    )}
                  </div>
                ))}
                <div role="cell" className="table__cell table__actions">
                  <button type="button" className="button button--small" aria-label={t('ui.register.duplicateProject', { name: project.nameFi })} onClick={() => { onDuplicate(project); }}>
                    {t('ui.actions.duplicate')}
                  </button>
                  <button type="button" className="button button--small button--danger" aria-label={t('ui.register.deleteProject', { name: project.nameFi })} onClick={() => { onDelete(project); }}>
                    {t('ui.actions.delete')}
                  </button>
                </div>
              </div>
            );
          })}
        </div>
      </div>
      {rows.length === 0 ? <p className="table__empty">{t('ui.register.empty')}</p> : null}
    </div>
  );
});
