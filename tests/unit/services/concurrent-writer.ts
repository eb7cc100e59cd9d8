// One of the two processes of the contention test (concurrent-writes.test.ts): opens the data
// folder as the app does, waits for "go" on stdin so both start together, then saves items and
// projects through the same dispatch as the app and prints what every answer was.
// Usage: node --import tsx concurrent-writer.ts DATA_DIR LABEL SAVES [open-on-go]
// With open-on-go the folder is opened only on "go", so both processes open it at the same moment.
import { openAppContext } from '../../../electron/services/app-context';
import { dispatch } from '../../../electron/services/dispatch';
import { draftOf } from '../../../shared/domain/item-schema';
import type { AgendaItem } from '../../../shared/domain/item';
import type { Project } from '../../../shared/domain/project';
import type { Envelope } from '../../../shared/ipc/define';

export interface WriterReport {
  label: string;
  /** How many answers had each outcome: "ok" or the error code. */
  outcomes: Record<string, number>;
  /** The last acknowledged title of every item this process saved. */
  items: { id: string; title: string }[];
  /** Every project this process was told was created. */
  projectIds: string[];
}

const [dataDir, label, savesText, when] = process.argv.slice(2);
if (dataDir === undefined || label === undefined || savesText === undefined) throw new Error('usage: concurrent-writer DATA_DIR LABEL SAVES [open-on-go]');
const saves = Number(savesText);

let context = when === 'open-on-go' ? null : openAppContext({ dataDir, seedDemoIfNew: false });
const report: WriterReport = { label, outcomes: {}, items: [], projectIds: [] };
const ctx = () => {
  if (context === null) throw new Error('not open');
  return context;
};
const count = (envelope: Envelope<unknown>): void => {
  const key = envelope.ok ? 'ok' : envelope.error.code;
  report.outcomes[key] = (report.outcomes[key] ?? 0) + 1;
};

async function run(): Promise<void> {
  context ??= openAppContext({ dataDir: dataDir ?? '', seedDemoIfNew: false });
  const status = context.status();
  if (status.state !== 'ready') report.outcomes[`open ${status.code}`] = 1;
  let item: AgendaItem | null = null;
  for (let i = 0; i < saves; i += 1) {
    // Every tenth save starts a new item or adds a project; the rest autosave this process's own
    // item with the updatedAt it last got back, so a CONFLICT would be a real lost update.
    if (item === null || i % 10 === 0) {
      const created = await dispatch(ctx().handlers, 'items:create', { template: 'empty' });
      count(created);
      if (created.ok) {
        item = created.value as AgendaItem;
        report.items.push({ id: item.id, title: item.title });
      }
      continue;
    }
    if (i % 10 === 5) {
      const project = await dispatch(ctx().handlers, 'projects:create', {
        nameFi: `${label} hanke ${String(i)}`, nameSv: '', area: 'perusopetus', funder: 'OPH', grantType: 'valtionavustus', callName: '', grantedCents: 100_000,
        ownShareKind: 'percent', ownShareValue: null, totalBudgetCents: null, startDate: '2024-01-01', endDate: null, partnership: false, scope: 'oma',
        partners: [], responsiblePerson: '', coordinator: '', status: 'kaynnissa', decisionNumber: '', decisionDate: null, reportDueDate: null, description: '',
      });
      count(project);
      if (project.ok) report.projectIds.push((project.value as Project).id);
      continue;
    }
    const title = `${label} tallennus ${String(i)}`;
    const saved = await dispatch(ctx().handlers, 'items:update', { id: item.id, draft: { ...draftOf(item), title }, expectedUpdatedAt: item.updatedAt });
    count(saved);
    if (saved.ok) {
      item = saved.value as AgendaItem;
      const entry = report.items.find((candidate) => candidate.id === item?.id);
      if (entry) entry.title = item.title;
    }
  }
}

process.stdout.write('ready\n');
process.stdin.once('data', () => {
  run().then(
    () => {
      ctx().close();
      process.stdout.write(`${JSON.stringify(report)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
});
