import type { Command } from '../command';
import { newCommand } from './new';
import { cellsCommand } from './cells';

/** Every `nianbao` command, in the order help lists them. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  new: newCommand,
  cells: cellsCommand,
};
