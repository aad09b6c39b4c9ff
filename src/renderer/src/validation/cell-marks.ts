// Which cells (and which narrative sections) the current findings point at, so the grid can
// colour a cell and explain it on hover without scanning every finding per cell.
import { findingTitle, type Finding, type SectionId } from '../../../shared';

export interface Mark {
  /** The worst open severity at this place; acknowledged warnings no longer colour it. */
  readonly severity: 'error' | 'warning' | 'acknowledged' | 'unverifiable';
  readonly messages: readonly string[];
  /** The rule of each message, in the same order. */
  readonly rules: readonly string[];
}

export interface Marks {
  readonly cells: ReadonlyMap<string, Mark>;
  /** Findings about a section's prose (no cells), e.g. N-FEE-ZERO. */
  readonly sections: ReadonlyMap<SectionId, Mark>;
  /** Findings about the report as a whole (year, dates, preamble): shown on 基本信息. */
  readonly basic: Mark | undefined;
}

const BASIC = '#basic';
const RANK = { acknowledged: 0, unverifiable: 1, warning: 2, error: 3 } as const;

function severityOf(f: Finding): Mark['severity'] {
  if (f.severity === 'error' || f.severity === 'unverifiable') return f.severity;
  return f.acknowledged ? 'acknowledged' : 'warning';
}

function add(map: Map<string, Mark>, key: string, f: Finding): void {
  const sev = severityOf(f);
  const prev = map.get(key);
  const line = `${f.severity === 'error' ? '错误' : f.severity === 'unverifiable' ? '无法判断' : f.acknowledged ? '已确认' : '提示'}·${findingTitle(f)}（${f.rule}）：${f.message}`;
  if (!prev) map.set(key, { severity: sev, messages: [line], rules: [f.rule] });
  else map.set(key, { severity: RANK[sev] > RANK[prev.severity] ? sev : prev.severity, messages: [...prev.messages, line], rules: [...prev.rules, f.rule] });
}

export function marksOf(findings: readonly Finding[]): Marks {
  const cells = new Map<string, Mark>();
  const sections = new Map<string, Mark>();
  for (const f of findings) {
    for (const key of f.cells) add(cells, key, f);
    if (f.cells.length === 0) add(sections, f.section ?? BASIC, f);
  }
  const basic = sections.get(BASIC);
  sections.delete(BASIC);
  return { cells, sections: sections as Map<SectionId, Mark>, basic };
}
