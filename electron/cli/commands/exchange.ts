// pykala exchange export --data DIR --out FILE.pykala [--meeting ID | --item ID] [--force]
// pykala exchange import FILE.pykala --data DIR [--dry-run] [--json]
// The exchange file between machines (issue 10) through the same channels as the app. The import
// prints its report (--json: the ExchangeReport the app shows); a refused file changes nothing
// and ends with exit 1. A data folder without a database receives the file into a new one (the
// meeting laptop's first import); its dry run runs against a throwaway copy and leaves no trace.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { latestVersion } from '../../../db/migrations/index';
import type { ExchangeReport, ExchangeScope } from '../../../shared/domain/exchange';
import { ServiceError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n/translate';
import { maxTransferFileBytes } from '../../../shared/ipc/channels/data-transfer';
import { currentDatabasePath, openAppContext } from '../../services/app-context';
import type { AppContext } from '../../services/app-context-types';
import { readExchangeFile } from '../../services/exchange/exchange-file';
import { CliError, exitCodeFor } from '../cli-io';
import { readInputFile } from '../input-file';
import type { CliCommand, CliIo, OptionValues } from '../cli-io';
import { dataDirOf, openExisting } from '../context';
import { checkOutputFile, writeOutputFile } from '../output-file';
import { callWithDetail } from './items-cli-call';

function scopeOf(values: OptionValues): ExchangeScope {
  const meeting = typeof values.meeting === 'string' ? values.meeting.trim() : '';
  const item = typeof values.item === 'string' ? values.item.trim() : '';
  if (meeting !== '' && item !== '') throw new CliError(translate('exchange.cli.bothScopes'));
  if (meeting !== '') return { kind: 'meeting', id: meeting };
  if (item !== '') return { kind: 'item', id: item };
  return { kind: 'all' };
}

function outPath(values: OptionValues): string {
  const out = values.out;
  if (typeof out !== 'string' || out.trim() === '') throw new CliError(translate('items.cli.missingOption', { option: '--out' }));
  if (!out.toLowerCase().endsWith('.pykala')) throw new CliError(translate('exchange.cli.outNotPykala'));
  return path.resolve(out);
}

async function runExport(values: OptionValues, io: CliIo): Promise<void> {
  const scope = scopeOf(values);
  const out = outPath(values);
  const force = values.force === true;
  checkOutputFile(out, force);
  const context = openExisting(dataDirOf(values));
  let bytes: Buffer;
  let count: number;
  try {
    const file = await callWithDetail(context, 'exchange:export', { scope });
    bytes = Buffer.from(file.dataBase64, 'base64');
    count = (await readExchangeFile(bytes, file.fileName, latestVersion)).manifest.parts.length;
  } finally {
    context.close();
  }
  writeOutputFile(out, bytes, force);
  io.stdout.write(`${translate('exchange.cli.written', { file: out, count })}\n`);
}

function printReport(report: ExchangeReport, io: CliIo): void {
  const lines = [report.dryRun ? translate('exchange.cli.dryRunHeading') : translate('exchange.cli.doneHeading', { file: report.fileName, organisation: report.organisationName })];
  if (report.adoptedOrganisation) lines.push(translate('exchange.cli.adopted', { organisation: report.organisationName }));
  for (const entry of report.entries) {
    lines.push(
      translate('exchange.cli.entry', {
        action: translate(`exchange.cli.action.${entry.action}`),
        kind: translate(`exchange.kind.${entry.kind}`),
        title: entry.title,
        reason: entry.action === 'skipped' || entry.action === 'conflict' ? ` (${entry.reason})` : '',
      }),
    );
  }
  lines.push(translate('exchange.cli.totals', { added: report.added, updated: report.updated, skipped: report.skipped, conflicts: report.conflicts }));
  io.stdout.write(`${lines.join('\n')}\n`);
}

/** Checks the file on its own first, so a bad one never makes a database in an empty folder. */
async function precheck(bytes: Buffer, fileName: string): Promise<void> {
  try {
    await readExchangeFile(bytes, fileName, latestVersion);
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    const message = (error.fields ?? []).map((field) => translate(field.message, field.params)).join(' ');
    throw new CliError(message || translate(`error.${error.code}`), exitCodeFor(error.code));
  }
}

/** The context to import into; a folder without a database gets a new one (a dry run: a throwaway one). */
async function importContext(dataDir: string, dryRun: boolean, bytes: Buffer, fileName: string): Promise<{ context: AppContext; done: () => void }> {
  if (fs.existsSync(currentDatabasePath(dataDir))) {
    const context = openExisting(dataDir);
    return { context, done: () => { context.close(); } };
  }
  await precheck(bytes, fileName);
  const folder = dryRun ? fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-exchange-dry-')) : dataDir;
  // Made as the app makes a new folder's database (no demo), then opened with the CLI's checks and messages.
  openAppContext({ dataDir: folder, seedDemoIfNew: false }).close();
  const removeThrowaway = () => {
    if (dryRun) fs.rmSync(folder, { recursive: true, force: true });
  };
  try {
    const context = openExisting(folder);
    return {
      context,
      done: () => {
        context.close();
        removeThrowaway();
      },
    };
  } catch (error) {
    removeThrowaway();
    throw error;
  }
}

async function runImport(file: string, values: OptionValues, io: CliIo): Promise<void> {
  const dryRun = values['dry-run'] === true;
  const { bytes, fileName } = readInputFile(file, maxTransferFileBytes, { unreadable: translate('exchange.cli.unreadable', { file }), tooLarge: translate('dataTransfer.error.tooLarge') });
  const { context, done } = await importContext(dataDirOf(values), dryRun, bytes, fileName);
  let report: ExchangeReport;
  try {
    report = await callWithDetail(context, 'exchange:import', { fileName, dataBase64: bytes.toString('base64'), dryRun });
  } finally {
    done();
  }
  if (values.json === true) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printReport(report, io);
}

export const exchangeCommand: CliCommand = {
  options: {
    out: { type: 'string' },
    force: { type: 'boolean' },
    meeting: { type: 'string' },
    item: { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(values, positionals, io) {
    const [what, ...rest] = positionals;
    const usage = new CliError(translate('exchange.cli.usage'));
    if (what === 'export' && rest.length === 0) return runExport(values, io);
    const [file, ...extra] = rest;
    if (what === 'import' && file !== undefined && extra.length === 0) return runImport(file, values, io);
    throw usage;
  },
};
