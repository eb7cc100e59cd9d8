// The static map of CLI commands. Append a command here (e.g. items, export).
import type { CliCommand } from './cli-io';
import { demoCommand } from './commands/demo';
import { projectsCommand } from './commands/projects';
import { itemsCommand } from './commands/items';
import { exportCommand } from './commands/export';
import { itemCommand } from './commands/item';
import { meetingsCommand } from './commands/meetings';
import { reviewCommand } from './commands/review';
import { exchangeCommand } from './commands/exchange';
import { backupCommand, restoreCommand } from './commands/backup';

export const commands: Record<string, CliCommand> = {
  demo: demoCommand,
  projects: projectsCommand,
  items: itemsCommand,
  item: itemCommand,
  meetings: meetingsCommand,
  export: exportCommand,
  review: reviewCommand,
  exchange: exchangeCommand,
  backup: backupCommand,
  restore: restoreCommand,
};
