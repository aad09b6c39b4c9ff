import type { Command } from '../command';

/**
 * Every `nianbao` command, in the order help lists them. A command's module is loaded only when
 * it runs: loading them all (exceljs, docx, the importers) made every call about 0.35 s slower,
 * which a script calling `nianbao validate` once per file pays again and again.
 */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  new: async () => (await import('./new')).newCommand,
  validate: async () => (await import('./validate')).validateCommand,
  narrate: async () => (await import('./narrate')).narrateCommand,
  cells: async () => (await import('./cells')).cellsCommand,
  export: async () => (await import('./export')).exportCommand,
  import: async () => (await import('./import')).importCommand,
  'check-published': async () => (await import('./check-published')).checkPublishedCommand,
  carry: async () => (await import('./carry')).carryCommand,
  aggregate: async () => (await import('./aggregate')).aggregateCommand,
  audit: async () => (await import('./audit')).auditCommand,
};
