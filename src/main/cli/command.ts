export interface Command {
  /** Synopsis shown in help, e.g. `validate FILE [--prior FILE] [--json]`. */
  readonly usage: string;
  readonly summary: string;
  /** Returns the process exit status. */
  run(args: string[]): Promise<number>;
}

/** Thrown for wrong command-line usage; main prints it and exits 64. */
export class UsageError extends Error {}
