import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toProjectListRow } from '../../../../shared/domain/project';
import type { ProjectListRow, ProjectSortKey } from '../../../../shared/domain/project';
import type { AppError } from '../../../../shared/ipc/define';
import { useAppStatus } from '../../app/app-status';
import { ErrorAlert } from '../../ui/error-alert';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { DeleteDialog } from './delete-dialog';
import { toQuery } from './filter-state';
import { ProjectFilters } from './project-filters';
import { ProjectFormDialog } from './project-form-dialog';
import { ProjectTable } from './project-table';
import { ProjectTotals } from './project-totals';
import { useRegisterFilters } from './register-location';
import { useDeleteConfirmation } from './use-delete-confirmation';
import { useProjectActions } from './use-project-actions';
import { useProjectList } from './use-project-list';
import type { ProjectFormTarget } from './use-project';

export function RegisterPage() {
  const { t } = useTranslation();
  const { refresh: refreshStatus } = useAppStatus();
  const [filters, setFilters] = useRegisterFilters();
  const search = useDebouncedValue(filters.search, 200);
  const query = useMemo(() => toQuery(filters, search), [filters, search]);
  const list = useProjectList(query);
  const [editing, setEditing] = useState<ProjectFormTarget | null>(null);
  const [actionError, setActionError] = useState<AppError | null>(null);

  const reloadList = list.reload;
  const reload = useCallback(() => {
    reloadList();
    refreshStatus();
  }, [reloadList, refreshStatus]);
  // A row from the table is loaded whole by the form; so is the original of a copy, which
  // stays an unsaved form until Tallenna.
  const openEditor = useCallback((row: ProjectListRow) => { setEditing({ kind: 'load', id: row.id }); }, []);
  const openCopy = useCallback((row: ProjectListRow) => { setEditing({ kind: 'copy', id: row.id }); }, []);
  const clearActionError = useCallback(() => { setActionError(null); }, []);
  const actions = useProjectActions({ reload, onError: setActionError, onSucceeded: clearActionError });
  const deleting = useDeleteConfirmation({ reload, onError: setActionError });
  const askDelete = deleting.ask;
  const onDelete = useCallback((project: ProjectListRow) => { void askDelete(project, false); }, [askDelete]);
  // Stable handlers, so typing in the filters does not re-render 10,000-row table machinery.
  const sort = useCallback((key: ProjectSortKey) => {
    setFilters((current) => ({ ...current, sortBy: key, sortDirection: current.sortBy === key && current.sortDirection === 'asc' ? 'desc' : 'asc' }));
  }, [setFilters]);

  return (
    <div className="register">
      <div className="register__header">
        <h1>{t('ui.register.title')}</h1>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={() => { setEditing({ kind: 'new' }); }}>
            {t('ui.actions.newProject')}
          </button>
          <button type="button" className="button" onClick={() => { window.location.hash = '#/import'; }}>
            {t('dataImportUi.openButton')}
          </button>
          <button type="button" className="button" onClick={() => { void actions.exportRegister('csv', query); }}>
            {t('ui.actions.exportCsv')}
          </button>
          <button type="button" className="button" onClick={() => { void actions.exportRegister('xlsx', query); }}>
            {t('ui.actions.exportXlsx')}
          </button>
        </div>
      </div>
      <ProjectFilters filters={filters} onChange={setFilters} />
      <ErrorAlert error={actionError ?? list.error} onDismiss={() => { setActionError(null); }} />
      {list.result ? (
        <>
          <ProjectTable
            rows={list.result.rows}
            sortBy={filters.sortBy}
            sortDirection={filters.sortDirection}
            onSort={sort}
            onEdit={openEditor}
            onDuplicate={openCopy}
            onDelete={onDelete}
          />
          <ProjectTotals totals={list.result.totals} />
        </>
      ) : (
        <p aria-busy="true">{t('ui.loading')}</p>
      )}
      {editing ? (
        <ProjectFormDialog
          target={editing}
          onClose={() => { setEditing(null); }}
          onSaved={(project) => {
            setEditing(null);
            actions.saved(project);
          }}
        />
      ) : null}
      {deleting.target ? (
        <DeleteDialog
          project={deleting.target.row}
          changed={deleting.target.changed}
          ready={deleting.target.stored !== null}
          onCancel={deleting.close}
          onConfirm={() => {
            const stored = deleting.target?.stored;
            deleting.close();
            if (!stored) return;
            void actions.remove(stored).then((outcome) => {
              if (outcome === 'changed') void askDelete(toProjectListRow(stored), true);
            });
          }}
        />
      ) : null}
    </div>
  );
}
