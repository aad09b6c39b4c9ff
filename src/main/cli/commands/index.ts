import type { Command } from '../command';
import { newCommand } from './new';
import { cellsCommand } from './cells';
import { validateCommand } from './validate';
import { aggregateCommand } from './aggregate';
import { auditCommand } from './audit';
import { carryCommand } from './carry';
import { exportCommand } from './export';
import { importCommand } from './import';
import { checkPublishedCommand } from './check-published';
import { narrateCommand } from './narrate';

/** Every `nianbao` command, in the order help lists them. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  new: newCommand,
  validate: validateCommand,
  narrate: narrateCommand,
  cells: cellsCommand,
  export: exportCommand,
  import: importCommand,
  'check-published': checkPublishedCommand,
  carry: carryCommand,
  aggregate: aggregateCommand,
  audit: auditCommand,
};
