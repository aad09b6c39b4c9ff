// Generated units' reports for the roll-up tests and `npm run bench`: internally consistent
// (every column balances, every 总计 is the sum of its parts), seeded so runs repeat.
import { CELLS, FEE_NIL_STATEMENT, T3_COLUMNS, T3_RESULT_PART_ROWS, createProject, deriveTotals, type Project } from '../../src/shared';

/** mulberry32: a tiny seeded generator, so a failing case can be rebuilt from its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OVERVIEW = [
  '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，',
  '围绕中心工作深化主动公开，规范办理依申请公开，加强政府信息管理和平台建设，强化监督保障。',
];

/** The unit's number in Chinese digits: narrative that differs from unit to unit beyond its figures. */
const chineseDigits = (n: number) => [...String(n)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('');

export function generateReport(i: number, year = 2025): Project {
  const rnd = seeded(i + 1);
  const int = (max: number) => Math.floor(rnd() * (max + 1));
  const p = createProject({ issuer: `第${i + 1}单位`, year, issuerLevel: 'department' });
  // Published within the deadline (N-PUBDATE needs a date, N-DEADLINE judges it).
  p.meta.publishDate = `${year + 1}-01-20`;
  const c = p.cells;
  for (const d of CELLS) {
    if (d.table === 't2') c[d.key] = d.kind === 'money' ? Math.round(rnd() * 10000) / 100 : int(30);
  }
  for (const row of ['regulations', 'normativeDocuments']) {
    const issued = c[`t2.${row}.issued`] as number;
    c[`t2.${row}.inForce`] = issued + int(50);
  }
  for (const col of T3_COLUMNS) {
    if (col.isTotal) continue;
    let pool = int(20);
    c[`t3.received.${col.key}`] = pool;
    c[`t3.carriedOver.${col.key}`] = 0;
    const forward = int(Math.min(pool, 2));
    c[`t3.carriedForward.${col.key}`] = forward;
    pool -= forward;
    for (const row of T3_RESULT_PART_ROWS) {
      const n = row === 'granted' ? pool : Math.min(pool, rnd() < 0.3 ? int(2) : 0);
      c[`t3.${row}.${col.key}`] = n;
      pool -= n;
    }
  }
  for (const g of ['review', 'suitDirect', 'suitAfterReview']) {
    for (const col of ['upheld', 'corrected', 'other', 'pending']) c[`t4.${g}.${col}`] = int(2);
  }
  p.cells = deriveTotals(c);
  p.sections.overview = `编号${chineseDigits(i + 1)}单位${OVERVIEW.join('')}本年度共收到政府信息公开申请${String(p.cells['t3.received.total'])}件。`;
  p.sections.problems = `一是政务公开工作的主动性还需增强；二是政策解读的形式还不够丰富。下一步，编号${chineseDigits(i + 1)}单位将加强培训，完善制度。`;
  p.sections.other = FEE_NIL_STATEMENT;
  return p;
}
