// One "app instance" of the two-process test (two-processes.test.ts), run as its own Node
// process: it opens the data folder as the app does and, through the same dispatch, does
// read → modify → save on shared rows as fast as it can, each save stating what it read.
// A save refused with CONFLICT is read again and retried, as a form's "Tallenna omani päälle"
// does. It prints one JSON line: every change the services acknowledged, and what was refused.
//
// argv: dataDir, name, plan JSON { projectIds, projectChanges, personId, personChanges, settingsChanges }
import readline from 'node:readline';
import { openAppContext } from '../../../electron/services/app-context';
import { dispatch } from '../../../electron/services/dispatch';
import { projectInputSchema } from '../../../shared/domain/project';
import type { Person } from '../../../shared/domain/item';
import type { Project } from '../../../shared/domain/project';
import type { OrganisationSettings } from '../../../shared/domain/settings';
import type { Envelope } from '../../../shared/ipc/define';

export interface EditorPlan {
  projectIds: string[];
  projectChanges: number;
  personId: string;
  personChanges: number;
  settingsChanges: number;
}

export interface EditorReport {
  name: string;
  /** Tokens this editor appended to a project's description and saw acknowledged. */
  projectTokens: { id: string; token: string }[];
  /** Acknowledged increments of the person's and the settings' counters. */
  personIncrements: number;
  settingsIncrements: number;
  conflicts: number;
  /** Any answer other than success or CONFLICT (there should be none). */
  failures: string[];
}

const [dataDir, name, planJson] = process.argv.slice(2);
if (dataDir === undefined || name === undefined || planJson === undefined) throw new Error('usage: concurrent-editor DATA_DIR NAME PLAN_JSON');
const plan = JSON.parse(planJson) as EditorPlan;
const maxAttempts = 100;

const context = openAppContext({ dataDir, seedDemoIfNew: false });
const report: EditorReport = { name, projectTokens: [], personIncrements: 0, settingsIncrements: 0, conflicts: 0, failures: [] };

async function call<T>(channel: string, input: unknown): Promise<Envelope<T>> {
  return (await dispatch(context.handlers, channel, input)) as Envelope<T>;
}

/** The time a person takes between reading and saving, shrunk: lets the other process in between. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 2));
}

/** Read → modify → save until the save is acknowledged; false if it never was. */
async function change<Row>(read: () => Promise<Envelope<Row>>, save: (row: Row) => Promise<Envelope<unknown>>): Promise<boolean> {
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const current = await read();
    if (!current.ok) {
      report.failures.push(`read: ${current.error.code} ${current.error.message}`);
      return false;
    }
    await pause();
    const saved = await save(current.value);
    if (saved.ok) return true;
    if (saved.error.code !== 'CONFLICT') {
      report.failures.push(`save: ${saved.error.code} ${saved.error.message}`);
      return false;
    }
    report.conflicts++;
  }
  report.failures.push(`no save acknowledged in ${String(maxAttempts)} attempts`);
  return false;
}

/** "kierros 12" → 12; the counters live in text fields of the person and the settings. */
function counter(text: string): number {
  const match = /kierros (\d+)/u.exec(text);
  return match ? Number(match[1]) : 0;
}

async function run(): Promise<void> {
  for (let i = 0; i < plan.projectChanges; i++) {
    const id = plan.projectIds[i % plan.projectIds.length] ?? '';
    const token = `${name}-${String(i)}`;
    const done = await change(
      () => call<Project>('projects:get', { id }),
      (project) => call('projects:update', { id, input: { ...projectInputSchema.parse(project), description: `${project.description} ${token}` }, expectedUpdatedAt: project.updatedAt }),
    );
    if (done) report.projectTokens.push({ id, token });
  }
  for (let i = 0; i < plan.personChanges; i++) {
    const done = await change(
      async () => {
        const people = await call<Person[]>('people:list', {});
        if (!people.ok) return people;
        const person = people.value.find((candidate) => candidate.id === plan.personId);
        return person ? { ok: true, value: person } : { ok: false, error: { code: 'NOT_FOUND', message: plan.personId } };
      },
      (person) => call('people:save', { ...person, title: `kierros ${String(counter(person.title) + 1)}`, expectedUpdatedAt: person.updatedAt }),
    );
    if (done) report.personIncrements++;
  }
  for (let i = 0; i < plan.settingsChanges; i++) {
    const done = await change(
      () => call<OrganisationSettings>('settings:get', {}),
      ({ updatedAt, ...settings }) => call('settings:update', { ...settings, unit: `kierros ${String(counter(settings.unit) + 1)}`, expectedUpdatedAt: updatedAt }),
    );
    if (done) report.settingsIncrements++;
  }
}

// Both processes start together: each says "ready" and waits for "go" on stdin.
process.stdout.write('ready\n');
const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) {
  if (line.trim() === 'go') break;
}
lines.close();
try {
  await run();
} finally {
  context.close();
}
process.stdout.write(`${JSON.stringify(report)}\n`);
