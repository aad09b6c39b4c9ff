// The left column: 前言/基本信息 and the six sections, each with how far it is filled in and
// how many errors and warnings it has.
import { NARRATIVE_SECTION_IDS, type Finding, type Project } from '../../../shared';
import { completionOf, isComplete } from '../state/completion';
import { PLACES, PLACE_LABELS, placeOfFinding, type Place } from '../state/places';

const isProse = (p: Place) => p !== 'basic' && NARRATIVE_SECTION_IDS.includes(p);

export function countsByPlace(findings: readonly Finding[]): Map<Place, { errors: number; warnings: number }> {
  const out = new Map<Place, { errors: number; warnings: number }>(PLACES.map((p) => [p, { errors: 0, warnings: 0 }]));
  for (const f of findings) {
    const c = out.get(placeOfFinding(f))!;
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning' && !f.acknowledged) c.warnings++;
  }
  return out;
}

export function Navigator({ project, findings, current, onSelect }: { project: Project; findings: readonly Finding[]; current: Place | null; onSelect(p: Place): void }) {
  const counts = countsByPlace(findings);
  return (
    <nav className="navigator" aria-label="章节">
      <ol>
        {PLACES.map((p) => {
          const c = completionOf(project, p);
          const n = counts.get(p)!;
          const done = isComplete(c);
          return (
            <li key={p}>
              <button type="button" className="nav-item" aria-current={p === current ? 'page' : undefined} data-place={p} onClick={() => onSelect(p)}>
                <span className="nav-label">{PLACE_LABELS[p]}</span>
                <span className="nav-meta">
                  <span className={`progress${done ? ' progress-done' : ''}`} title={isProse(p) ? `应当包含的 ${c.total} 项已写 ${c.filled} 项` : `已填写 ${c.filled} / ${c.total}`}>
                    <span className="progress-bar" style={{ width: `${Math.round((c.filled / c.total) * 100)}%` }} />
                  </span>
                  <span className="nav-fill">{c.total === 1 ? (done ? '已填写' : '未填写') : `${c.filled}/${c.total}${isProse(p) ? ' 项' : ''}`}</span>
                  {n.errors > 0 && (
                    <span className="badge badge-error" title={`${n.errors} 个错误`}>
                      {n.errors}
                    </span>
                  )}
                  {n.warnings > 0 && (
                    <span className="badge badge-warning" title={`${n.warnings} 个提示`}>
                      {n.warnings}
                    </span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
