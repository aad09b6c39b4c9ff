// The statutory layout has one definition (src/shared/layout). Anywhere else, a label spelled
// out in a string literal, template text or JSX text is a second copy that will drift from the
// standard. This scans every source file outside src/shared/layout with the TypeScript parser
// (so comments never count) for each label of the layout.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import {
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
  TABLE_NAMES,
} from '../../src/shared/layout';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Labels of three characters or fewer (规章, 自然人, 总计, 其他, 表三) are ordinary words that
 * messages and prose use as words; they are not scanned. A numbered row label is also scanned
 * without its numbering (1.属于国家秘密 → 属于国家秘密) when what is left is six characters or
 * more; shorter cores (予以公开, 不予处理) are the words clerks write in prose, which the
 * narrative rules must look for.
 */
function layoutLabels(): string[] {
  const all = new Set<string>([
    ...Object.values(TABLE_NAMES),
    ...SECTIONS.map((s) => s.heading),
    ...T2_BLOCKS.flatMap((b) => [b.heading, b.contentLabel, ...b.columns.map((c) => c.label), ...b.rows.map((r) => r.label)]),
    T3_NOTE,
    T3_APPLICANT_HEADING,
    T3_ORG_HEADING,
    ...T3_COLUMNS.map((c) => c.label),
    ...T3_ROWS.flatMap((r) => [r.label, ...r.groups]),
    T4_REVIEW_HEADING,
    T4_SUIT_HEADING,
    ...T4_GROUPS.flatMap((g) => [g.label, g.fullLabel]),
    ...T4_COLUMNS.map((c) => c.label),
  ]);
  for (const label of [...all]) {
    const core = label.replace(/^(?:\d+\.|（[一二三四五六七]）|[一二三四五六]、)/, '');
    if (core !== label && core.length >= 6) all.add(core);
  }
  return [...all].filter((l) => l.length >= 4);
}

/**
 * Files allowed to spell a label, each with its reason. Keep this short: every entry is a place
 * where the standard's wording is used as ordinary language, not as the name of a cell.
 */
const ALLOWED: Readonly<Record<string, { labels: readonly string[]; reason: string }>> = {
  'src/shared/validation/rules/license-scope.ts': {
    labels: ['行政许可', '行政处罚', '行政强制'],
    reason: 'names the powers an agency holds (“行政许可机关”, “通常没有行政许可、行政处罚或行政强制职权”), not the 表二 rows',
  },
  'src/shared/model/builtin-profiles.ts': {
    labels: ['行政规范性文件'],
    reason: 'the example profile quotes a municipal notice’s own requirement (“本年度规章、行政规范性文件发布、废止数量”), not the 表二 row',
  },
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return relative(root, path) === 'src/shared/layout' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The text of every string literal, template part and JSX text in a file, with its line. */
function literals(path: string): { text: string; line: number }[] {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: { text: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      out.push({ text: node.text, line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

function offences(files: readonly string[], labels: readonly string[]): string[] {
  return files.flatMap((path) => {
    const rel = relative(root, path).split('\\').join('/');
    const allowed = ALLOWED[rel]?.labels ?? [];
    return literals(path).flatMap(({ text, line }) =>
      labels.filter((l) => !allowed.includes(l) && text.includes(l)).map((l) => `${rel}:${line} spells “${l}”: take it from src/shared/layout`),
    );
  });
}

describe('the layout is the single source of every statutory label', () => {
  const labels = layoutLabels();

  test('the scan knows the labels it looks for', () => {
    // Guards the scan itself: if the label list came out empty, nothing could ever fail.
    expect(labels).toContain('一、本年新收政府信息公开申请数量');
    expect(labels).toContain('属于国家秘密');
    expect(labels).toContain(T4_REVIEW_HEADING);
    expect(labels.length).toBeGreaterThan(60);
  });

  test('no source file outside src/shared/layout spells a label', () => {
    expect(offences(sourceFiles(join(root, 'src')), labels)).toEqual([]);
  });

  test('the scan finds a label in a literal, a template and JSX text, and ignores comments', () => {
    const dir = join(root, '.tmp');
    const probe = join(dir, 'label-probe.tsx');
    ts.sys.writeFile(
      probe,
      [
        "// 行政复议 in a comment is fine",
        "export const a = '表四行政复议总计';",
        'export const b = (n: number) => `共 ${n} 件，结转下年度继续办理`;',
        'export const c = <p>三、本年度办理结果</p>;',
      ].join('\n'),
    );
    expect(offences([probe], labels).map((o) => o.replace(/^.*?:(\d+) spells “(.*)”.*$/, '$1 $2'))).toEqual([
      `2 ${T4_REVIEW_HEADING}`,
      '3 结转下年度继续办理',
      '4 三、本年度办理结果',
      '4 本年度办理结果',
    ]);
  });

  test('every allow-list entry is still needed', () => {
    for (const [file, { labels: allowed, reason }] of Object.entries(ALLOWED)) {
      expect(reason.length).toBeGreaterThan(10);
      const found = literals(join(root, file)).some(({ text }) => allowed.some((l) => text.includes(l)));
      expect(found, `${file} no longer spells ${allowed.join('、')}: remove it from ALLOWED`).toBe(true);
    }
  });
});
