// The web copy (`export --html`, 复制网页版): one self-contained page — title, six sections, the
// three tables with the official merges as rowspan/colspan in <thead>/<tbody>, inline styles
// only, a border on every cell, nothing fetched from elsewhere — that our importer reads back
// with every cell and paragraph unchanged.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CELL_KEYS, GRIDS, SECTIONS, reportTitle, slots, validate, type Project, type TableId } from '../../src/shared';
import { HtmlRefusedError, buildHtml, htmlFragment } from '../../src/main/export/html/build-html';
import { importReport } from '../../src/main/import';
import { sampleProject } from './support/sample';

const REPORTS = join(__dirname, '../fixtures/reports');

async function imported(input: Parameters<typeof importReport>[0]): Promise<Project> {
  const r = await importReport(input);
  if (!r.ok) throw new Error(r.message);
  return r.project;
}

function sameReport(again: Project, first: Project): void {
  for (const key of CELL_KEYS) expect(again.cells[key], key).toEqual(first.cells[key] ?? 0);
  expect(again.sections).toEqual(first.sections);
  expect(again.meta.preamble).toBe(first.meta.preamble);
  expect(again.meta.issuer).toBe(first.meta.issuer);
  expect(again.meta.year).toBe(first.meta.year);
  expect(again.meta.publishDate).toBe(first.meta.publishDate);
}

const tables = (html: string) => [...html.matchAll(/<table\b[^>]*>([\s\S]*?)<\/table>/g)].map((m) => m[1]!);
const rowsOf = (part: string) => [...part.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<(td|th)([^>]*)>([^<]*)<\/\1>/g)].map((c) => ({ tag: c[1]!, attrs: c[2]!, text: c[3]! })));

describe('buildHtml: the web copy', () => {
  const project = sampleProject();
  project.meta.publishDate = '2026-01-20';
  const html = buildHtml(project, validate(project), { draft: false });

  it('has the title, the six headings in order, and the 落款 at the end', () => {
    const title = reportTitle(project.meta.issuer, project.meta.year);
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toMatch(new RegExp(`<h1 [^>]*>${title}</h1>`));
    const at = SECTIONS.map((s) => html.indexOf(`>${s.heading}</h2>`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const tail = [...html.matchAll(/<p [^>]*>([^<]*)<\/p>/g)].map((m) => m[1]).slice(-2);
    expect(tail).toEqual(['临沂市行政审批服务局', '2026年1月20日']);
  });

  it('lays out each table from the shared grid: every merge as rowspan/colspan, header rows in <thead>', () => {
    const found = tables(html);
    expect(found).toHaveLength(3);
    (['t2', 't3', 't4'] as TableId[]).forEach((t, i) => {
      const grid = GRIDS[t];
      const head = /<thead>([\s\S]*?)<\/thead>/.exec(found[i]!)?.[1] ?? '';
      const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(found[i]!)![1]!;
      expect(rowsOf(head)).toHaveLength(grid.headerRows);
      const rows = [...rowsOf(head), ...rowsOf(body)];
      expect(rows).toHaveLength(grid.rows.length);
      slots(grid).forEach((rowSlots, r) => {
        const starts = rowSlots.filter((s, c) => s.kind === 'start' && c === s.cell.col).map((s) => s.cell);
        expect(rows[r]!.length, `${t} row ${r}`).toBe(starts.length);
        starts.forEach((cell, k) => {
          const got = rows[r]![k]!;
          expect(got.attrs.match(/rowspan="(\d+)"/)?.[1] ?? '1').toBe(String(cell.rowSpan));
          expect(got.attrs.match(/colspan="(\d+)"/)?.[1] ?? '1').toBe(String(cell.colSpan));
          if (cell.type === 'label') expect([got.tag, got.text]).toEqual(['th', cell.text]);
          else expect(got.tag).toBe('td');
        });
      });
    });
  });

  it('is self-contained: inline styles only, a border on every cell, no script, image, link or external reference', () => {
    expect(html).not.toMatch(/<(style|link|script|img|iframe|object|embed|svg)\b/i);
    expect(html).not.toMatch(/\b(src|href)=/i);
    expect(html).not.toMatch(/url\(|@import|https?:\/\//i);
    expect(html).not.toMatch(/\bclass=/);
    for (const cell of html.matchAll(/<(td|th)\b([^>]*)>/g)) expect(cell[2]).toMatch(/style="[^"]*border:1px solid #000/);
    // 文号 and dates as characters, never entities or half-width brackets.
    expect(html).not.toMatch(/&#|&[a-z]+;(?<!&nbsp;)/i);
    const withCitation = sampleProject();
    withCitation.meta.publishDate = '2025-01-20';
    withCitation.meta.preamble += '\n本报告根据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制。';
    expect(buildHtml(withCitation, [], { draft: false })).toContain('（国办公开办函〔2021〕30号）');
  });

  it('reads back through our importer with every cell and paragraph unchanged', async () => {
    sameReport(await imported({ name: 'sample.html', bytes: new TextEncoder().encode(html) }), project);
    // As pasted into a site's editor: the fragment without <head> and <title>.
    sameReport(await imported({ name: 'pasted.html', bytes: new TextEncoder().encode(htmlFragment(html)) }), project);
  });

  it('does the same for a published report imported from text, n/a marks included', async () => {
    for (const name of ['linyi-approval-bureau-2024.txt', 'linyi-approval-bureau-2024.na.derived.txt']) {
      const first = await imported(join(REPORTS, name));
      first.meta.publishDate = '2025-01-20';
      const page = buildHtml(first, validate(first), { draft: true });
      sameReport(await imported({ name: 'again.html', bytes: new TextEncoder().encode(page) }), first);
    }
  });

  it('refuses a filing page while errors remain; a draft says 草稿 and prints 年　月　日 without a date', () => {
    const p = sampleProject();
    p.meta.publishDate = null;
    expect(() => buildHtml(p, validate(p), { draft: false })).toThrow(HtmlRefusedError);
    const draft = buildHtml(p, validate(p), { draft: true });
    expect(draft).toContain('（草稿）</h1>');
    expect(draft).toContain('草稿：尚有 1 处错误未改正，不得作为正式报告报送或公开');
    expect(draft).toMatch(/>年\u3000月\u3000日<\/p>/);
  });
});
