// The main figures of a report, as the year-over-year chart and the consolidated summary show
// them: 表三's totals of new, carried-over, handled and carried-forward requests, 表二's counts
// of rules and decisions, and 表四's totals. Names come from the shared layout.
import { TABLE_SHORT_NAMES, describeCell, type TableId } from '../../../shared';

export interface FigureGroup {
  readonly table: TableId;
  readonly title: string;
  readonly keys: readonly string[];
}

export const MAIN_FIGURES: readonly FigureGroup[] = [
  {
    table: 't3',
    title: `${TABLE_SHORT_NAMES.t3} 申请办理（总计列）`,
    keys: ['t3.received.total', 't3.carriedOver.total', 't3.granted.total', 't3.resultTotal.total', 't3.carriedForward.total'],
  },
  {
    table: 't2',
    title: `${TABLE_SHORT_NAMES.t2} 主动公开`,
    keys: ['t2.regulations.inForce', 't2.normativeDocuments.inForce', 't2.licensing.decisions', 't2.penalties.decisions', 't2.coercion.decisions'],
  },
  {
    table: 't4',
    title: `${TABLE_SHORT_NAMES.t4} 复议、诉讼（总计）`,
    keys: ['t4.review.total', 't4.suitDirect.total', 't4.suitAfterReview.total'],
  },
];

/** A figure's name within its table: 「一、本年新收政府信息公开申请数量」, 「行政许可 · 本年处理决定数量」. */
export function figureLabel(key: string): string {
  return describeCell(key)
    .replace(/^表[二三四] /, '')
    .replace(/ · 总计$/, '');
}
