// A bar chart of the main figures, last year against this year, drawn as inline SVG (the
// page's CSP allows no remote script or chart library). Each table has its own scale: 表二's
// penalties run to thousands while 表四 counts a handful of cases.
import type { ReactElement } from 'react';
import { formatCellValue, type CellValue, type Cells } from '../../../shared';
import { MAIN_FIGURES, figureLabel } from './main-figures';

const WIDTH = 760;
const LABEL_W = 280;
const VALUE_W = 56;
const BAR_H = 11;
const ROW_H = 2 * BAR_H + 14;
const TITLE_H = 30;
const LEGEND_H = 26;
const PLOT_W = WIDTH - LABEL_W - VALUE_W - 8;

const num = (v: CellValue | undefined) => (typeof v === 'number' ? v : 0);

export function FigureChart({ last, current, lastYear, year }: { last: Cells; current: Cells; lastYear: number; year: number }) {
  let y = LEGEND_H;
  const parts: ReactElement[] = [];
  for (const group of MAIN_FIGURES) {
    parts.push(
      <text key={`t-${group.table}`} x={0} y={y + 20} className="chart-group">
        {group.title}
      </text>,
    );
    y += TITLE_H;
    const max = Math.max(1, ...group.keys.flatMap((k) => [num(last[k]), num(current[k])]));
    for (const key of group.keys) {
      const bars = [
        { cls: 'bar-last', v: last[key] ?? null, dy: 0 },
        { cls: 'bar-this', v: current[key] ?? null, dy: BAR_H + 2 },
      ];
      parts.push(
        <g key={key} data-figure={key} transform={`translate(0, ${y})`}>
          <text x={LABEL_W - 10} y={BAR_H + 5} textAnchor="end" className="chart-label">
            {figureLabel(key)}
          </text>
          {bars.map((b) => {
            const w = (num(b.v) / max) * PLOT_W;
            return (
              <g key={b.cls}>
                <rect x={LABEL_W} y={b.dy} width={Math.max(w, 1)} height={BAR_H} className={b.cls} />
                <text x={LABEL_W + w + 4} y={b.dy + BAR_H - 1} className="chart-value">
                  {formatCellValue(b.v) || '空'}
                </text>
              </g>
            );
          })}
        </g>,
      );
      y += ROW_H;
    }
  }
  return (
    <svg className="figure-chart" viewBox={`0 0 ${WIDTH} ${y + 4}`} role="img" aria-label={`主要数据对比：${lastYear} 年度与 ${year} 年度`}>
      <rect x={LABEL_W} y={4} width={14} height={10} className="bar-last" />
      <text x={LABEL_W + 20} y={13} className="chart-legend">
        {lastYear} 年度
      </text>
      <rect x={LABEL_W + 110} y={4} width={14} height={10} className="bar-this" />
      <text x={LABEL_W + 130} y={13} className="chart-legend">
        {year} 年度
      </text>
      {parts}
    </svg>
  );
}
