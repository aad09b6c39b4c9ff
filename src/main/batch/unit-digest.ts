// What a folder run keeps of one unit's report: its name and year, its findings, the digests of
// its prose and, for a roll-up, its cells. Made where the report was read (a worker thread or
// the main thread), so that a worker sends back this much and not the whole project: cloning
// each report's text across threads cost as much as reading it.
import { narrativeKeys, validate, type Cells, type Finding, type Profile } from '../../shared';
import type { UnitRead } from './read-unit';

export type UnitDigest =
  | {
      ok: true;
      /** meta.issuer as the report gives it (the batch falls back to the file's name when blank). */
      issuer: string;
      year: number;
      /** The report's cells, when the run sums or ranks them; null otherwise. */
      cells: Cells | null;
      /** What the importer could not read or doubted, in Chinese. */
      notes: string[];
      /** validate()'s findings, then the importer's own (N-TABLE-SHAPE). */
      findings: Finding[];
      /** narrativeKeys() of its sections 一、五、六. */
      narratives: string[];
    }
  | { ok: false; reason: string };

export interface DigestOptions {
  profile?: Profile;
  /** Keep the cells (a roll-up, or --against's contributions). */
  cells?: boolean;
}

/** Validates the report read and keeps what the batch needs of it. A rule that throws is a bug and throws here. */
export function digestUnit(read: UnitRead, options: DigestOptions): UnitDigest {
  if (!read.ok) return read;
  const project = read.project;
  return {
    ok: true,
    issuer: project.meta.issuer,
    year: project.meta.year,
    cells: options.cells ? project.cells : null,
    notes: read.notes,
    findings: [...validate(project, options.profile ? { profile: options.profile } : {}), ...(read.findings ?? [])],
    narratives: narrativeKeys(project),
  };
}
