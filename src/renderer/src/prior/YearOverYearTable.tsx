// Every figure that changed since last year: place, last year, this year, change and percent.
import { useMemo } from 'react';
import { formatCellValue, yearOverYear, type PriorYear, type Project } from '../../../shared';

function signed(n: number, suffix = ''): string {
  return `${n > 0 ? '+' : ''}${n}${suffix}`;
}

export function YearOverYearTable({ project, prior }: { project: Project; prior: PriorYear }) {
  const changes = useMemo(() => yearOverYear(project, prior), [project, prior]);
  if (changes.length === 0) return <p className="all-clear">与上年度相比，表二至表四没有变化的数字。</p>;
  return (
    <table className="data-table yoy-table" aria-label="与上年度相比有变化的数字">
      <thead>
        <tr>
          <th>位置</th>
          <th className="num">{prior.year} 年度</th>
          <th className="num">{project.meta.year} 年度</th>
          <th className="num">变化</th>
          <th className="num">变化率</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.key} data-cell={c.key}>
            <td>{c.place}</td>
            <td className="num">{formatCellValue(c.last) || '空'}</td>
            <td className="num">{formatCellValue(c.this) || '空'}</td>
            <td className={`num${c.delta === null ? '' : c.delta > 0 ? ' up' : ' down'}`}>{c.delta === null ? '—' : signed(c.delta)}</td>
            <td className="num">{c.percentage === null ? '—' : signed(c.percentage, '%')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
