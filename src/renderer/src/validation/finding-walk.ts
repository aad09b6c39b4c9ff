// 下一个问题 / 上一个问题: the open findings in report order (前言/基本信息, 一 … 六), walked one
// by one from the last one visited — or, before any, from the part the clerk is looking at.
import type { Finding } from '../../../shared';
import { PLACES, placeOfFinding, type Place } from '../state/places';

/** Errors and open warnings, in the order of the report (the panel's order without "current first"). */
export function walkOrder(findings: readonly Finding[]): Finding[] {
  const open = findings.filter((f) => f.severity === 'error' || !f.acknowledged);
  return PLACES.flatMap((p) => open.filter((f) => placeOfFinding(f) === p));
}

/**
 * The next (dir 1) or previous (dir −1) finding after the one last visited; wraps around.
 * With none visited (or it is gone), the first finding in or after the current part.
 */
export function stepFinding(list: readonly Finding[], visited: string | null, current: Place, dir: 1 | -1): Finding | undefined {
  if (list.length === 0) return undefined;
  const at = visited === null ? -1 : list.findIndex((f) => f.fingerprint === visited);
  if (at >= 0) return list[(at + dir + list.length) % list.length];
  const here = PLACES.indexOf(current);
  if (dir === 1) return list.find((f) => PLACES.indexOf(placeOfFinding(f)) >= here) ?? list[0];
  return [...list].reverse().find((f) => PLACES.indexOf(placeOfFinding(f)) <= here) ?? list[list.length - 1];
}
