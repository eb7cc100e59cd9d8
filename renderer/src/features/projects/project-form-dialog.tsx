// Create or edit one project. What is typed stays text until save; then the shared schema
// checks it (the same one the service uses) and any problem is shown beside its field.
// Editing from the register first loads the whole project (the list rows are slim); the
// dialog shows that it is loading, or why it could not. A save states the updatedAt the form
// read; if the project was saved elsewhere since, the form keeps the user's text and offers
// the stored version or saving over it (ui/conflict-choice.tsx).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import type { Project } from '../../../../shared/domain/project';
import type { AppError } from '../../../../shared/ipc/define';
import { Dialog } from '../../ui/dialog';
import { ErrorAlert } from '../../ui/error-alert';
import { ConflictChoice, isStaleWrite } from '../../ui/conflict-choice';
import { useToast } from '../../ui/toast';
import { emptyForm, formFromCopy, formFromProject, placeFormIssues, readForm } from './form-state';
import type { FormIssues, ProjectForm } from './form-state';
import { ProjectFormFields } from './project-form-fields';
import { useProject } from './use-project';
import type { ProjectFormTarget } from './use-project';

interface ProjectFormDialogProps {
  target: ProjectFormTarget;
  onClose: () => void;
  onSaved: (project: Project) => void;
}

const titleKey = { new: 'ui.form.createTitle', load: 'ui.form.editTitle', copy: 'ui.form.duplicateTitle' } as const;

export function ProjectFormDialog({ target, onClose, onSaved }: ProjectFormDialogProps) {
  const { t } = useTranslation();
  const loaded = useProject(target);
  const copySuffix = t('projects.copySuffix');
  return (
    <Dialog title={t(titleKey[target.kind])} size="wide" onClose={onClose}>
      {loaded.state === 'ready' ? (
        target.kind === 'copy' && loaded.project ? (
          <ProjectForm project={null} initial={formFromCopy(loaded.project, copySuffix)} onClose={onClose} onSaved={onSaved} />
        ) : (
          <ProjectForm project={loaded.project} onClose={onClose} onSaved={onSaved} />
        )
      ) : loaded.state === 'loading' ? (
        <p aria-busy="true">{t('ui.loading')}</p>
      ) : (
        <>
          <ErrorAlert error={loaded.error} />
          <div className="button-row button-row--end dialog__actions">
            <button type="button" className="button" onClick={onClose}>
              {t('ui.actions.cancel')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

interface ProjectFormProps {
  /** The stored project being edited; null creates a new one. */
  project: Project | null;
  /** What a new project's form starts with (a copy's fields); empty by default. */
  initial?: ProjectForm;
  onClose: () => void;
  onSaved: (project: Project) => void;
}

function ProjectForm({ project, initial, onClose, onSaved }: ProjectFormProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState<ProjectForm>(() => (project ? formFromProject(project) : (initial ?? emptyForm)));
  const [issues, setIssues] = useState<FormIssues>({});
  /** Problems no field shows (field-issues.ts): said in the alert. */
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const toast = useToast();
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  /** The stored project's updatedAt as this form last read it. */
  const [readAt, setReadAt] = useState(project?.updatedAt ?? '');
  const [conflict, setConflict] = useState<AppError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // A form that appears after loading takes focus itself (showModal focused the dialog earlier);
  // after a failed save, focus goes to the first field that needs attention.
  useEffect(() => {
    if (attempt === 0) {
      const form = formRef.current;
      if (form && !form.contains(document.activeElement)) form.querySelector<HTMLElement>('input, select, textarea')?.focus();
      return;
    }
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const save = async (expectedUpdatedAt: string) => {
    const read = readForm(form);
    setError(null);
    setConflict(null);
    if (!read.ok) {
      setIssues(read.issues);
      setUnplaced(read.unplaced);
      if (read.unplaced.length > 0) setError({ code: 'VALIDATION', message: 'Invalid form' });
      setAttempt((value) => value + 1);
      toast.notSaved();
      return;
    }
    setSaving(true);
    const envelope = project ? await call('projects:update', { id: project.id, input: read.input, expectedUpdatedAt }) : await call('projects:create', read.input);
    setSaving(false);
    if (envelope.ok) {
      onSaved(envelope.value);
      return;
    }
    if (isStaleWrite(envelope.error)) {
      toast.notSaved();
      setConflict(envelope.error);
      return;
    }
    const placed = placeFormIssues(envelope.error.fields);
    setError(envelope.error);
    setIssues(placed.issues);
    setUnplaced(placed.unplaced);
    setAttempt((value) => value + 1);
    toast.notSaved();
  };

  /** The stored version now, or null (and the reason shown) if it cannot be read, e.g. deleted elsewhere. */
  const readStored = async (id: string): Promise<Project | null> => {
    setSaving(true);
    const envelope = await call('projects:get', { id });
    setSaving(false);
    setConflict(null);
    if (envelope.ok) return envelope.value;
    setError(envelope.error);
    return null;
  };
  const showStored = async (id: string) => {
    const stored = await readStored(id);
    if (!stored) return;
    setForm(formFromProject(stored));
    setReadAt(stored.updatedAt);
    setIssues({});
    setUnplaced([]);
  };
  const saveOverStored = async (id: string) => {
    const stored = await readStored(id);
    if (!stored) return;
    setReadAt(stored.updatedAt);
    await save(stored.updatedAt);
  };

  const hasIssues = Object.keys(issues).length > 0;
  return (
    <form
      ref={formRef}
      className="project-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save(readAt);
      }}
    >
      {hasIssues && !error ? (
        <p role="alert" className="error-alert">
          {t('ui.form.errorSummary')}
        </p>
      ) : null}
      <ErrorAlert error={error} details={unplaced} fieldsMarked={hasIssues} />
      {conflict && project ? (
        <ConflictChoice error={conflict} busy={saving} onReload={() => { void showStored(project.id); }} onOverwrite={() => { void saveOverStored(project.id); }} />
      ) : null}
      <ProjectFormFields form={form} issues={issues} onChange={(next) => { setForm(next); }} />
      <div className="button-row button-row--end dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('ui.actions.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={saving}>
          {t('ui.actions.save')}
        </button>
      </div>
    </form>
  );
}
