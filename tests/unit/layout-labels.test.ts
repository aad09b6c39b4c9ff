// Every label of the layout against the vendored spec (tests/fixtures/spec/format-2021.md),
// character by character. The expected labels are parsed from the spec's own tables, so the
// test holds no second copy of them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CELL_KEYS,
  SECTIONS,
  T2_BLOCKS,
  T3_APPLICANT_HEADING,
  T3_COLUMNS,
  T3_NOTE,
  T3_ORG_HEADING,
  T3_ROWS,
  T4_COLUMNS,
  T4_GROUPS,
  T4_REVIEW_HEADING,
  T4_SUIT_HEADING,
  T3_RESULT_GROUPS,
  SECTION_BY_ID,
  FORMAT_CITATION,
  CELLS,
  describeCell,
} from '../../src/shared';

const SPEC = readFileSync(new URL('../fixtures/spec/format-2021.md', import.meta.url), 'utf8');

/** The text of one `### x.y` (or `## x.`) part of the spec, up to the next heading of that level or above. */
function part(heading: string): string {
  const start = SPEC.indexOf(heading);
  if (start < 0) throw new Error(`spec part ${heading} not found`);
  const level = heading.match(/^#+/)![0];
  const rest = SPEC.slice(start + heading.length);
  const next = rest.search(new RegExp(`\\n#{2,${level.length}} `));
  return next < 0 ? rest : rest.slice(0, next);
}

/** Markdown table rows as arrays of trimmed cells (header and separator rows included). */
function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) => l.slice(1, l.endsWith('|') ? -1 : undefined).split('|').map((c) => c.trim()))
    .filter((cells) => !cells.every((c) => /^-*$/.test(c)));
}

const bold = (s: string) => [...s.matchAll(/\*\*(.+?)\*\*/g)].map((m) => m[1]!);
const stripSpan = (s: string) => s.replace(/\s*\((?:colspan|rowspan)[^)]*\)\s*$/, '').replace(/^\*\*|\*\*$/g, '');

describe('layout labels against spec §1 and §2', () => {
  it('section headings are the official ones (§1)', () => {
    const rows = tableRows(part('## 1. The six required sections')).filter((r) => /^[一二三四五六]$/.test(r[0]!));
    expect(rows.map((r) => bold(r[1]!)[0])).toEqual(SECTIONS.map((s) => s.heading));
    expect(rows.map((r) => r[0])).toEqual(SECTIONS.map((s) => s.number));
  });

  it('section 一 sub-headings and the format citation (§1, §3 N-FORMAT-CITE)', () => {
    // The spec writes these with half-width parentheses; the standard's text uses full-width.
    const fullWidth = (t: string) => t.replace(/\(/g, '（').replace(/\)/g, '）');
    const subs = SPEC.match(/sub-headings ((?:\([一二三四五]\)\S+ ?)+)\[/)![1]!.trim().split(' ');
    expect(subs.map(fullWidth)).toEqual(SECTION_BY_ID.overview.subheadings);
    const cite = SPEC.match(/the title must be quoted exactly: (《[^》]+》\([^)]+\))/)![1]!;
    expect(fullWidth(cite)).toBe(FORMAT_CITATION);
  });

  it('table 二: block headings, column headers and row labels (§2.1)', () => {
    const rows = tableRows(part('### 2.1 Table 二')).filter((r) => /^[a-n]$/.test(r[0]!));
    const blocks: { heading: string; header: string[]; rows: string[] }[] = [];
    for (const r of rows) {
      const first = r[1]!;
      if (first.startsWith('**')) blocks.push({ heading: stripSpan(first), header: [], rows: [] });
      else if (!blocks.at(-1)!.header.length) blocks.at(-1)!.header = r.slice(1).filter(Boolean).map(stripSpan);
      else blocks.at(-1)!.rows.push(first);
    }
    expect(blocks.map((b) => b.heading)).toEqual(T2_BLOCKS.map((b) => b.heading));
    expect(blocks.map((b) => b.header)).toEqual(T2_BLOCKS.map((b) => [b.contentLabel, ...b.columns.map((c) => c.label)]));
    expect(blocks.map((b) => b.rows)).toEqual(T2_BLOCKS.map((b) => b.rows.map((r) => r.label)));
  });

  it('table 三: corner note, applicant headers, every row label and group label (§2.2)', () => {
    const text = part('### 2.2 Table 三');
    const header = (prefix: string) => bold(text.split('\n').find((l) => l.includes(prefix))!);
    expect(header('Top-left cell')).toEqual([T3_NOTE]);
    expect(header('Row H1')).toEqual([T3_APPLICANT_HEADING]);
    const h2 = header('Row H2');
    expect(h2).toEqual([T3_COLUMNS[0]!.label, T3_ORG_HEADING, T3_COLUMNS.at(-1)!.label]);
    expect(header('Row H3')).toEqual(T3_COLUMNS.slice(1, -1).map((c) => c.label));
    expect(text).toContain(`Data column order (7): ${T3_COLUMNS.map((c) => c.label).join(', ')}.`);

    const body = tableRows(text).slice(1); // drop the header row of the markdown table
    expect(body.map((r) => r[1])).toEqual(T3_ROWS.map((r) => r.label));
    // A bold label in the first column opens a group at that row; the layout's rows must agree.
    const opened = body.map((r, i) => ({ i, labels: bold(r[0]!) })).filter((x) => x.labels.length);
    const layoutOpened = T3_ROWS.map((r, i) => ({
      i,
      labels: r.groups.filter((g, d) => T3_ROWS[i - 1]?.groups[d] !== g),
    })).filter((x) => x.labels.length);
    expect(opened).toEqual(layoutOpened);
    expect(T3_RESULT_GROUPS.map((g) => g.label)).toEqual(opened.flatMap((x) => x.labels).filter((l) => /^（[三四五六]）/.test(l)));
  });

  it('table 四: group and column headers (§2.3)', () => {
    const text = part('### 2.3 Table 四');
    const line = (prefix: string) => bold(text.split('\n').find((l) => l.includes(prefix))!);
    expect(line('Row H1')).toEqual([T4_REVIEW_HEADING, T4_SUIT_HEADING]);
    const cols = T4_COLUMNS.map((c) => c.label);
    expect(line('Row H2')).toEqual([...cols, ...T4_GROUPS.slice(1).map((g) => g.label)]);
    expect(line('Row H3')).toEqual(cols);
    expect(T4_GROUPS[0]!.label).toBe(T4_REVIEW_HEADING);
  });
});

describe('cell keys and labels against spec §6', () => {
  const s6 = part('## 6. Cell keys and rule ids');
  const code = (s: string) => [...s.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

  it('table 二 keys and labels', () => {
    const rows = tableRows(part('### Table 二 (`t2`)')).slice(1);
    const expected: { key: string; row: string; col: string }[] = [];
    let previousCols: string[] = [];
    for (const r of rows) {
      const [first, ...more] = code(r[0]!);
      const base = first!.split('.').slice(0, 2).join('.');
      const keys = [first!, ...more.map((m) => `${base}${m}`)];
      // "same" in the spec means: the column labels of the row above.
      const cols = r[2] === 'same' ? previousCols : r[2]!.replace(/ — .*$/, '').split(' / ').map((c) => c.trim());
      previousCols = cols;
      keys.forEach((key, i) => expected.push({ key, row: r[1]!, col: cols[i]! }));
    }
    const layout = T2_BLOCKS.flatMap((b) => b.rows.flatMap((r) => b.columns.map((c) => ({ key: `t2.${r.key}.${c.key}`, row: r.label, col: c.label }))));
    expect(expected).toEqual(layout);
  });

  it('table 三 columns and rows', () => {
    const colLine = s6.split('\n').find((l) => l.startsWith('Columns, in official order'))!;
    const inline = [...s6.slice(s6.indexOf(colLine)).split('\n\n')[0]!.matchAll(/`(\w+)` ([^,.`]+)/g)].map((m) => ({ key: m[1]!, label: m[2]!.trim() }));
    expect(inline).toEqual(T3_COLUMNS.map((c) => ({ key: c.key, label: c.label })));
    const rows = tableRows(part('### Table 三 (`t3.<row>.<column>`)')).slice(1);
    expect(rows.map((r) => code(r[0]!)[0])).toEqual(T3_ROWS.map((r) => r.key));
    for (const [i, r] of rows.entries()) {
      const row = T3_ROWS[i]!;
      // §6 writes the label with its group reference in front: 三（一）予以公开, （三）1.属于国家秘密.
      const prefix = r[1]!.slice(0, r[1]!.length - row.label.length);
      expect(r[1]!.endsWith(row.label)).toBe(true);
      const groupRef = row.groups[1] ? row.groups[1].slice(0, 3) : row.groups[0] ? row.groups[0].slice(0, 1) : '';
      // （七）总计 is written without the 三 in front; every other prefix is the group's reference.
      expect(['', groupRef]).toContain(prefix);
      if (row.groups[1]) expect(prefix).toBe(groupRef);
    }
  });

  it('table 四 groups and columns', () => {
    const text = part('### Table 四 (`t4.<group>.<column>`)');
    const pairs = [...text.matchAll(/`(\w+)`\s+([^,.`\s]+)/g)].map((m) => ({ key: m[1]!, label: m[2]! }));
    const groups = pairs.slice(0, 3);
    const cols = pairs.slice(3, 8);
    expect(groups).toEqual(T4_GROUPS.map((g) => ({ key: g.key, label: g.fullLabel })));
    expect(cols).toEqual(T4_COLUMNS.map((c) => ({ key: c.key, label: c.label })));
  });

  it('the examples of §6 are cell keys', () => {
    for (const k of ['t3.denied.stateSecret.naturalPerson', 't3.received.total', 't4.suitDirect.upheld']) {
      expect(s6).toContain(`\`${k}\``);
      expect(CELL_KEYS).toContain(k);
    }
  });
});

describe('describeCell', () => {
  it('names every cell uniquely with its table, row and column labels', () => {
    const names = CELLS.map((c) => describeCell(c.key));
    expect(new Set(names).size).toBe(CELLS.length);
    for (const c of CELLS) {
      const name = describeCell(c.key);
      expect(name.startsWith({ t2: '表二 ', t3: '表三 ', t4: '表四 ' }[c.table])).toBe(true);
      expect(name).toContain(c.rowLabel);
      expect(name.endsWith(` · ${c.colLabel}`)).toBe(true);
    }
    expect(describeCell('t3.denied.stateSecret.naturalPerson')).toBe('表三 （三）1.属于国家秘密 · 自然人');
  });
});
