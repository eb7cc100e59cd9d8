// The form keeps what the person typed as text; only on save is it read into a ProjectInput
// (money in cents, dates ISO) and checked with the very schema the service uses, so client
// and server agree on every rule.
import { copyName, projectInputSchema } from '../../../../shared/domain/project';
import type { Project, ProjectInput } from '../../../../shared/domain/project';
import type { FieldIssue } from '../../../../shared/ipc/define';
import { formatFinnishDate, parseFinnishDate } from '../../../../shared/format/date';
import { formatEuros, formatPercent, parseEuros, parsePercent } from '../../../../shared/format/money';
import { placeIssues } from '../../ui/field-issues';

export interface ProjectForm {
  nameFi: string;
  nameSv: string;
  area: ProjectInput['area'];
  funder: ProjectInput['funder'];
  grantType: ProjectInput['grantType'];
  callName: string;
  granted: string;
  ownShareKind: ProjectInput['ownShareKind'];
  ownShare: string;
  totalBudget: string;
  startDate: string;
  endDate: string;
  partnership: boolean;
  scope: ProjectInput['scope'];
  partners: string[];
  responsiblePerson: string;
  coordinator: string;
  status: ProjectInput['status'];
  decisionNumber: string;
  decisionDate: string;
  reportDueDate: string;
  description: string;
}

export type FormField = keyof ProjectForm;
/** Field → i18n message key of the problem shown beside it. */
export type FormIssues = Partial<Record<FormField, string>> & {
  /** Which partner the partners problem is about, counted as the schema counts (blank ones are not sent). */
  partnerAt?: number;
};

export const emptyForm: ProjectForm = {
  nameFi: '', nameSv: '', area: 'perusopetus', funder: 'OKM', grantType: 'valtionavustus', callName: '',
  granted: '', ownShareKind: 'percent', ownShare: '', totalBudget: '', startDate: '', endDate: '',
  partnership: false, scope: 'oma', partners: [], responsiblePerson: '', coordinator: '', status: 'valmisteilla',
  decisionNumber: '', decisionDate: '', reportDueDate: '', description: '',
};

const money = (cents: number | null) => (cents === null ? '' : formatEuros(cents));
const date = (iso: string | null) => (iso === null ? '' : formatFinnishDate(iso));

export function formFromProject(project: Project): ProjectForm {
  return {
    ...project,
    granted: money(project.grantedCents),
    ownShare: project.ownShareValue === null ? '' : project.ownShareKind === 'percent' ? formatPercent(project.ownShareValue) : formatEuros(project.ownShareValue),
    totalBudget: money(project.totalBudgetCents),
    startDate: date(project.startDate),
    endDate: date(project.endDate),
    decisionDate: date(project.decisionDate),
    reportDueDate: date(project.reportDueDate),
    partners: [...project.partners],
  };
}

/** A new, unsaved project filled from another: every field kept, the name "<nimi> (kopio)". */
export function formFromCopy(project: Project, copySuffix: string): ProjectForm {
  return { ...formFromProject(project), nameFi: copyName(project.nameFi, copySuffix) };
}

/** Schema field (server or zod path) → the form field that shows its problem. */
const fieldOfPath: Record<string, FormField> = {
  grantedCents: 'granted', ownShareValue: 'ownShare', totalBudgetCents: 'totalBudget', ownShareKind: 'ownShare',
};

/** Update wraps the project in { id, input }, so its paths start with "input.". */
const inputPath = (path: string) => (path.startsWith('input.') ? path.slice('input.'.length) : path).split('.');

/** The form field that shows a schema path's problem; null for a path no field shows (the id, a checkbox). */
export function formFieldOfPath(path: string): FormField | null {
  const name = inputPath(path)[0] ?? '';
  const target = fieldOfPath[name] ?? (name in emptyForm ? (name as FormField) : null);
  return target === 'partnership' ? null : target;
}

/** Problems on the fields that show them, and the messages of the rest for the form's alert. */
export function placeFormIssues(fields: readonly FieldIssue[] | undefined): { issues: FormIssues; unplaced: string[] } {
  const placed = placeIssues(fields, formFieldOfPath);
  const issues: FormIssues = { ...placed.byField };
  const partner = (fields ?? []).find((field) => formFieldOfPath(field.path) === 'partners' && field.message === issues.partners);
  const at = partner ? Number(inputPath(partner.path)[1]) : NaN;
  if (Number.isInteger(at)) issues.partnerAt = at;
  return { issues, unplaced: placed.unplaced };
}

export function issuesFromFields(fields: readonly FieldIssue[]): FormIssues {
  return placeFormIssues(fields).issues;
}

/** unplaced: message keys of problems no field shows, for the form's alert. */
export type ReadResult = { ok: true; input: ProjectInput } | { ok: false; issues: FormIssues; unplaced: string[] };

export function readForm(form: ProjectForm): ReadResult {
  const issues: FormIssues = {};
  const readMoney = (field: 'granted' | 'totalBudget'): number | null => {
    if (form[field].trim() === '') return null;
    const parsed = parseEuros(form[field]);
    if (parsed.ok) return parsed.cents;
    issues[field] = 'validation.money.invalid';
    return null;
  };
  const readDate = (field: 'startDate' | 'endDate' | 'decisionDate' | 'reportDueDate'): string | null => {
    if (form[field].trim() === '') return null;
    const parsed = parseFinnishDate(form[field]);
    if (parsed === null) issues[field] = 'validation.date.invalid';
    return parsed;
  };
  const readOwnShare = (): number | null => {
    if (form.ownShare.trim() === '') return null;
    if (form.ownShareKind === 'euros') {
      const parsed = parseEuros(form.ownShare);
      if (parsed.ok) return parsed.cents;
      issues.ownShare = 'validation.money.invalid';
      return null;
    }
    const parsed = parsePercent(form.ownShare);
    if (parsed.ok) return parsed.basisPoints;
    issues.ownShare = 'validation.percent.invalid';
    return null;
  };

  const candidate = {
    ...form,
    grantedCents: readMoney('granted'),
    totalBudgetCents: readMoney('totalBudget'),
    ownShareValue: readOwnShare(),
    startDate: readDate('startDate'),
    endDate: readDate('endDate'),
    decisionDate: readDate('decisionDate'),
    reportDueDate: readDate('reportDueDate'),
    partners: form.partners.map((partner) => partner.trim()).filter((partner) => partner !== ''),
  };
  const parsed = projectInputSchema.safeParse(candidate);
  if (!parsed.success) {
    const schema = placeFormIssues(parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })));
    // A parse problem (e.g. unreadable money) is more precise than the schema's view of the null it became.
    return { ok: false, issues: { ...schema.issues, ...issues }, unplaced: schema.unplaced };
  }
  if (Object.keys(issues).length > 0) return { ok: false, issues, unplaced: [] };
  return { ok: true, input: parsed.data };
}
