// The body editor's form as typed (dates d.m.yyyy, the yearly first § as text) and its checks
// before anything is sent: a date that is not one, a year that is not four digits, the same year
// twice. The service checks the rest (names required, lengths) and its issues are placed by path.
import type { Body, BodyMember, BodyOther } from '../../../../shared/domain/body';
import type { BodyInput } from '../../../../shared/ipc/channels/meetings';
import { formatFinnishDate, parseFinnishDate } from '../../../../shared/format/date';

export interface SectionStartRow {
  key: string;
  year: string;
  first: string;
}

export interface BodyForm {
  name: string;
  nameSv: string;
  defaultPlace: string;
  termStart: string;
  termEnd: string;
  members: BodyMember[];
  others: BodyOther[];
  sectionStarts: SectionStartRow[];
}

export function bodyFormOf(body: Body | null, newKey: () => string): BodyForm {
  return {
    name: body?.name ?? '',
    nameSv: body?.nameSv ?? '',
    defaultPlace: body?.defaultPlace ?? '',
    termStart: body?.termStart ? formatFinnishDate(body.termStart) : '',
    termEnd: body?.termEnd ? formatFinnishDate(body.termEnd) : '',
    members: body?.members ?? [],
    others: body?.others ?? [],
    sectionStarts: Object.entries(body?.sectionStarts ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([year, first]) => ({ key: newKey(), year, first: String(first) })),
  };
}

/** Path → i18n key of what is wrong in the form itself (paths as the service names them). */
export function localIssues(form: BodyForm): Record<string, string> {
  const issues: Record<string, string> = {};
  for (const key of ['termStart', 'termEnd'] as const) {
    if (form[key].trim() !== '' && parseFinnishDate(form[key]) === null) issues[key] = 'meetings.bodies.dateInvalid';
  }
  const seen = new Set<string>();
  form.sectionStarts.forEach((row, index) => {
    const year = row.year.trim();
    if (!/^\d{4}$/u.test(year)) issues[`sectionStarts.${String(index)}.year`] = 'meetings.bodies.yearInvalid';
    else if (seen.has(year)) issues[`sectionStarts.${String(index)}.year`] = 'meetings.bodies.yearTwice';
    seen.add(year);
    if (!/^\d{1,6}$/u.test(row.first.trim()) || Number(row.first.trim()) < 1) issues[`sectionStarts.${String(index)}.first`] = 'meetings.bodies.numberInvalid';
  });
  return issues;
}

/** What bodies:save gets; call only when localIssues found nothing. */
export function bodyInputOf(form: BodyForm, id: string | null, expectedUpdatedAt: string | null): BodyInput {
  const date = (text: string) => (text.trim() === '' ? null : parseFinnishDate(text));
  return {
    id,
    name: form.name,
    nameSv: form.nameSv,
    defaultPlace: form.defaultPlace,
    termStart: date(form.termStart),
    termEnd: date(form.termEnd),
    members: form.members,
    others: form.others,
    sectionStarts: Object.fromEntries(form.sectionStarts.map((row) => [row.year.trim(), Number(row.first.trim())])),
    expectedUpdatedAt,
  };
}
