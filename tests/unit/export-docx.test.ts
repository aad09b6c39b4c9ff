// The exported .docx, opened the way Word and WPS read it: unzip, then the XML of the body,
// styles, settings and footers. Structure is checked against the shared layout (every label,
// every merge) and against spec §2/§5 facts written out here (the 22-row 三、本年度办理结果,
// the 3×3 note, the A4 margins in millimetres).
import { existsSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CELLS,
  GRIDS,
  SECTIONS,
  T3_NOTE,
  createProject,
  loadProject,
  reportTitle,
  slots,
  validate,
  type Project,
  type TableId,
} from '../../src/shared';
import { DocxRefusedError, UnfinishedCellError, buildDocx } from '../../src/main/export/docx';
import { splitSubheading } from '../../src/main/export/docx/narrative';

const SAMPLE = new URL('../../templates/sample-linyi-2024.nianbao.json', import.meta.url);

/** The sample template when present; otherwise the same report's figures built here. */
function sampleProject(): Project {
  if (existsSync(SAMPLE)) {
    const r = loadProject(readFileSync(SAMPLE, 'utf8'));
    if (r.ok) return r.project;
    throw new Error(`sample template does not load: ${r.message}`);
  }
  const p = createProject({ issuer: '临沂市行政审批服务局', year: 2024, issuerLevel: 'department' });
  for (const c of CELLS) p.cells[c.key] = 0;
  Object.assign(p.cells, {
    't2.licensing.decisions': 31510,
    't2.fees.amount': 39910.33,
    't3.received.naturalPerson': 59,
    't3.received.total': 59,
    't3.granted.naturalPerson': 48,
    't3.granted.total': 48,
    't3.unavailable.notHeld.naturalPerson': 11,
    't3.unavailable.notHeld.total': 11,
    't3.resultTotal.naturalPerson': 59,
    't3.resultTotal.total': 59,
    't4.suitDirect.upheld': 2,
    't4.suitDirect.total': 2,
  });
  p.sections.overview = '2024年，我局深入贯彻落实《中华人民共和国政府信息公开条例》。\n（一）主动公开方面\n全年发布公示公告等1497条。';
  p.sections.problems = '政策解读方面深度不够。';
  p.sections.other = '1.未有信息处理费收费情况。';
  return p;
}

// ───────────── a small reader for the WordprocessingML that docx writes ─────────────

interface Tc {
  text: string;
  gridSpan: number;
  vMerge: 'restart' | 'continue' | null;
  width: { type: string; w: number } | null;
  eastAsia: string[];
  sizes: number[];
}
interface Tr {
  header: boolean;
  cells: Tc[];
}
interface Tbl {
  width: { type: string; w: number } | null;
  grid: number[];
  rows: Tr[];
}

const all = (s: string, re: RegExp) => [...s.matchAll(re)];
const attr = (tag: string, name: string) => tag.match(new RegExp(`${name}="([^"]*)"`))?.[1];
const texts = (xml: string) => all(xml, /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g).map((m) => m[1]!).join('');
const widthOf = (tag: string | undefined) => (tag ? { type: attr(tag, 'w:type')!, w: Number(attr(tag, 'w:w')) } : null);

function readTables(document: string): Tbl[] {
  return all(document, /<w:tbl>([\s\S]*?)<\/w:tbl>/g).map(([, tbl]) => ({
    width: widthOf(tbl!.match(/<w:tblW [^>]*\/>/)?.[0]),
    grid: all(tbl!, /<w:gridCol w:w="(\d+)"\/>/g).map((m) => Number(m[1])),
    rows: all(tbl!, /<w:tr>([\s\S]*?)<\/w:tr>/g).map(([, tr]) => ({
      header: /<w:tblHeader\/>/.test(tr!),
      cells: all(tr!, /<w:tc>([\s\S]*?)<\/w:tc>/g).map(([, tc]) => {
        const vm = tc!.match(/<w:vMerge(?: w:val="(\w+)")?\/>/);
        return {
          text: texts(tc!),
          gridSpan: Number(tc!.match(/<w:gridSpan w:val="(\d+)"\/>/)?.[1] ?? 1),
          vMerge: vm ? ((vm[1] ?? 'continue') as 'restart' | 'continue') : null,
          width: widthOf(tc!.match(/<w:tcW [^>]*\/>/)?.[0]),
          eastAsia: all(tc!, /w:eastAsia="([^"]*)"/g).map((m) => m[1]!),
          sizes: all(tc!, /<w:sz w:val="(\d+)"\/>/g).map((m) => Number(m[1])),
        };
      }),
    })),
  }));
}

interface Unzipped {
  document: string;
  styles: string;
  settings: string;
  footers: Record<'default' | 'even', string>;
  headers: string[];
  tables: Tbl[];
}

async function unzip(buf: Buffer): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(buf);
  const read = (name: string) => zip.file(name)!.async('string');
  const document = await read('word/document.xml');
  const rels = await read('word/_rels/document.xml.rels');
  const target = (id: string) => rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1] ?? rels.match(new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`))![1]!;
  const sectPr = document.match(/<w:sectPr>[\s\S]*<\/w:sectPr>/)![0];
  const footerRef = (type: string) => attr(sectPr.match(new RegExp(`<w:footerReference w:type="${type}"[^>]*/>`))![0], 'r:id')!;
  const headerIds = all(sectPr, /<w:headerReference [^>]*r:id="([^"]+)"/g).map((m) => m[1]!);
  return {
    document,
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    footers: { default: await read(`word/${target(footerRef('default'))}`), even: await read(`word/${target(footerRef('even'))}`) },
    headers: await Promise.all(headerIds.map((id) => read(`word/${target(id)}`))),
    tables: readTables(document),
  };
}

function styleXml(styles: string, id: string): string {
  return styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`))![0];
}

// The numbers of spec §5, in millimetres, converted here independently of the exporter.
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const TEXT_WIDTH = twips(210) - twips(28) - twips(26);
const TABLE_ORDER: TableId[] = ['t2', 't3', 't4'];

describe('buildDocx: the filed report', () => {
  let project: Project;
  let doc: Unzipped;
  beforeAll(async () => {
    project = sampleProject();
    // Values of every kind the export must print: blank → 0, not applicable as written.
    project.cells['t2.regulations.issued'] = { na: '/' };
    project.cells['t2.regulations.repealed'] = null;
    project.meta.publishDate = '2026-01-20';
    doc = await unzip(await buildDocx(project, [], { draft: false }));
  });

  it('ends with the 落款: the issuer, then the date in Chinese under it, right-aligned per GB/T 9704 §7.3.5.3', () => {
    const body = doc.document.slice(0, doc.document.lastIndexOf('<w:sectPr'));
    const paras = all(body, /<w:p>([\s\S]*?)<\/w:p>/g).map((m) => m[1]!);
    const [blank, name, date] = paras.slice(-3);
    expect(texts(blank!)).toBe('');
    expect(texts(name!)).toBe('临沂市行政审批服务局');
    expect(texts(date!)).toBe('2026年1月20日');
    const left = (p: string) => Number(p.match(/<w:ind [^>]*w:left="(\d+)"/)![1]);
    for (const p of [name!, date!]) expect(p).toMatch(/w:eastAsia="仿宋_GB2312"/);
    // One condensed 3号 character; the name (10 characters) ends two characters from the right
    // margin — a little further when the date (digits are narrower, so estimated) is the longer;
    // the date's first character stands exactly two characters right of the name's first.
    const char = 320 + Number(styleXml(doc.styles, 'Body').match(/<w:spacing w:val="(-?\d+)"\/>/)![1]);
    const nameEnd = left(name!) + 10 * char;
    expect(nameEnd).toBeLessThanOrEqual(TEXT_WIDTH - 2 * char + 2);
    expect(nameEnd).toBeGreaterThan(TEXT_WIDTH - 3 * char);
    expect(Math.abs(left(date!) - left(name!) - 2 * char)).toBeLessThanOrEqual(2);
    // The name keeps with the date: the 落款 is never split over two pages.
    expect(name).toContain('<w:keepNext/>');
  });

  it('has exactly the three tables 二, 三, 四', () => {
    expect(doc.tables).toHaveLength(3);
    TABLE_ORDER.forEach((t, i) => expect(doc.tables[i]!.rows).toHaveLength(GRIDS[t].rows.length));
  });

  it('writes every cell of every grid with its merge: gridSpan, vMerge restart/continue, text', () => {
    TABLE_ORDER.forEach((t, ti) => {
      const grid = GRIDS[t];
      const table = doc.tables[ti]!;
      slots(grid).forEach((rowSlots, r) => {
        const expected = rowSlots.flatMap((slot, c) => {
          if (slot.kind === 'coveredByCol' || c !== slot.cell.col) return [];
          const { cell } = slot;
          const vMerge = slot.kind === 'coveredByRow' ? 'continue' : cell.rowSpan > 1 ? 'restart' : null;
          return [{ gridSpan: cell.colSpan, vMerge, label: slot.kind === 'start' && cell.type === 'label' ? cell.text : undefined }];
        });
        const actual = table.rows[r]!.cells;
        expect(actual.map((x) => [x.gridSpan, x.vMerge]), `${t} row ${r}`).toEqual(expected.map((x) => [x.gridSpan, x.vMerge]));
        expected.forEach((x, i) => {
          if (x.label !== undefined) expect(actual[i]!.text).toBe(x.label);
          if (x.vMerge === 'continue') expect(actual[i]!.text).toBe('');
        });
      });
    });
  });

  it('keeps the merges of spec §2 for table 三', () => {
    const t3 = doc.tables[1]!;
    const first = t3.rows.map((r) => r.cells[0]!);
    // The 勾稽 note: 3 columns × 3 header rows.
    expect(first[0]).toMatchObject({ text: T3_NOTE, gridSpan: 3, vMerge: 'restart' });
    expect(first.slice(1, 3).map((c) => [c.gridSpan, c.vMerge])).toEqual([[3, 'continue'], [3, 'continue']]);
    // 三、本年度办理结果 starts on the 6th row and spans 22 rows.
    expect(first[5]).toMatchObject({ text: '三、本年度办理结果', vMerge: 'restart' });
    expect(first.slice(6, 27).every((c) => c.vMerge === 'continue')).toBe(true);
    expect(first[27]!.vMerge).toBeNull();
    // Row spans of （三）（四）（五）（六） in the second label column.
    const spans: Record<string, number> = {};
    let open = '';
    for (const row of t3.rows.slice(5, 27)) {
      const c = row.cells[1]!;
      if (c.vMerge === 'restart') spans[(open = c.text)] = 1;
      else if (c.vMerge === 'continue') spans[open]! += 1;
      else open = '';
    }
    expect(spans).toEqual({ '（三）不予公开': 8, '（四）无法提供': 3, '（五）不予处理': 5, '（六）其他处理': 3 });
    // Header: 申请人情况 over 7, 法人或其他组织 over 5, 自然人 and 总计 down two rows.
    expect(t3.rows[0]!.cells[1]).toMatchObject({ text: '申请人情况', gridSpan: 7 });
    expect(t3.rows[1]!.cells.map((c) => [c.text, c.gridSpan, c.vMerge])).toEqual([
      ['', 3, 'continue'],
      ['自然人', 1, 'restart'],
      ['法人或其他组织', 5, null],
      ['总计', 1, 'restart'],
    ]);
    // 一、二、四 span the three label columns; （一）（二）（七） the inner two.
    for (const r of [3, 4, 27]) expect(t3.rows[r]!.cells[0]!.gridSpan).toBe(3);
    for (const r of [5, 6, 26]) expect(t3.rows[r]!.cells[1]!.gridSpan).toBe(2);
    expect(t3.rows[26]!.cells[1]!.text).toBe('（七）总计');
  });

  it('keeps the merges of spec §2 for tables 二 and 四', () => {
    const t2 = doc.tables[0]!;
    const headings = t2.rows.filter((r) => r.cells.length === 1);
    expect(headings.map((r) => [r.cells[0]!.text, r.cells[0]!.gridSpan])).toEqual([
      ['第二十条第（一）项', 4],
      ['第二十条第（五）项', 4],
      ['第二十条第（六）项', 4],
      ['第二十条第（八）项', 4],
    ]);
    // Under （五）（六）（八） every row below the heading is a label and one cell over three
    // columns: 3 × 信息内容 and the rows 行政许可, 行政处罚, 行政强制, 行政事业性收费.
    const below = t2.rows.slice(4).filter((r) => r.cells.length !== 1);
    expect(below.map((r) => [r.cells.length, r.cells[1]!.gridSpan])).toEqual(Array(7).fill([2, 3]));

    const t4 = doc.tables[2]!;
    expect(t4.rows[0]!.cells.map((c) => [c.text, c.gridSpan])).toEqual([['行政复议', 5], ['行政诉讼', 10]]);
    expect(t4.rows[1]!.cells.map((c) => c.vMerge)).toEqual(['restart', 'restart', 'restart', 'restart', 'restart', null, null]);
    expect(t4.rows[1]!.cells.slice(5).map((c) => [c.text, c.gridSpan])).toEqual([['未经复议直接起诉', 5], ['复议后起诉', 5]]);
    expect(t4.rows[2]!.cells.slice(0, 5).every((c) => c.vMerge === 'continue')).toBe(true);
    expect(t4.rows[2]!.cells.slice(5).map((c) => c.text)).toEqual(Array(2).fill(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']).flat());
    expect(t4.rows[3]!.cells).toHaveLength(15);
  });

  it('repeats the header rows of 三 and 四 on every page', () => {
    expect(doc.tables[0]!.rows.some((r) => r.header)).toBe(false);
    for (const t of [doc.tables[1]!, doc.tables[2]!]) expect(t.rows.map((r) => r.header)).toEqual(t.rows.map((_, i) => i < 3));
  });

  it('gives every table its grid and every cell a DXA width, both summing to the text width', () => {
    for (const t of doc.tables) {
      expect(t.width).toEqual({ type: 'dxa', w: TEXT_WIDTH });
      expect(t.grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
      for (const row of t.rows) {
        let col = 0;
        for (const c of row.cells) {
          expect(c.width?.type).toBe('dxa');
          expect(c.width?.w).toBe(t.grid.slice(col, col + c.gridSpan).reduce((a, b) => a + b, 0));
          col += c.gridSpan;
        }
        expect(col).toBe(t.grid.length);
      }
    }
  });

  it('prints each value where its key is: numbers, blank as 0, not applicable as written', () => {
    TABLE_ORDER.forEach((t, ti) => {
      slots(GRIDS[t]).forEach((rowSlots, r) => {
        const starts = rowSlots.filter((s, c) => s.kind !== 'coveredByCol' && c === s.cell.col);
        starts.forEach((s, i) => {
          if (s.kind !== 'start' || s.cell.type !== 'value') return;
          const v = project.cells[s.cell.key];
          const want = v === null || v === undefined ? '0' : typeof v === 'number' ? String(v) : 'na' in v ? v.na : v.raw;
          expect(doc.tables[ti]!.rows[r]!.cells[i]!.text, s.cell.key).toBe(want);
        });
      });
    });
    const t2 = doc.tables[0]!;
    expect(t2.rows[2]!.cells.map((c) => c.text).slice(0, 3)).toEqual(['规章', '/', '0']);
    expect(t2.rows.at(-1)!.cells.map((c) => c.text)).toEqual(['行政事业性收费', String(project.cells['t2.fees.amount'])]);
  });

  it('sets table text in 仿宋 with Latin digits apart: 五号, table 四 小五', () => {
    doc.tables.forEach((t, i) => {
      for (const c of t.rows.flatMap((r) => r.cells).filter((c) => c.text)) {
        expect(c.eastAsia).toEqual(['仿宋_GB2312']);
        expect(c.sizes).toEqual([i === 2 ? 18 : 21]);
      }
    });
    expect(doc.document).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"\/>/);
  });

  it('has the title, the six official headings and the narrative, in order', () => {
    const paragraphs = all(doc.document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '<w:p>[table]</w:p>'), /<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g).map(
      (m) => (m[1] ?? m[2] ?? '').includes('[table]') ? '[table]' : texts(m[1] ?? m[2] ?? ''),
    );
    const styleOf = (text: string) => {
      const p = all(doc.document, /<w:p>([\s\S]*?)<\/w:p>/g).find((m) => texts(m[1]!) === text)?.[1] ?? '';
      return p.match(/<w:pStyle w:val="([^"]+)"\/>/)?.[1];
    };
    const { issuer, year } = project.meta;
    expect(paragraphs[0]).toBe(reportTitle(issuer, year));
    expect(styleOf(reportTitle(issuer, year))).toBe('ReportTitle');
    const at = SECTIONS.map((s) => paragraphs.indexOf(s.heading));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const s of SECTIONS) expect(styleOf(s.heading)).toBe('Heading1CN');
    // Tables 二–四 follow their headings directly.
    for (const s of SECTIONS.filter((x) => x.table)) expect(paragraphs[paragraphs.indexOf(s.heading) + 1]).toBe('[table]');
    // Every line of the clerk's prose is there.
    const prose = paragraphs.join('\n');
    for (const s of SECTIONS.filter((x) => !x.table)) {
      for (const line of project.sections[s.id].split('\n').map((l) => l.trim()).filter(Boolean)) expect(prose).toContain(line);
    }
  });

  it('typesets per GB/T 9704: 2号 小标宋 title, 3号 仿宋 body indented two characters, 黑体 then 楷体 headings, 22 lines a page', () => {
    const body = styleXml(doc.styles, 'Body');
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toContain('<w:sz w:val="32"/>');
    // Two characters: 200 hundredths of a character, and in twips for readers without that.
    const indent = body.match(/<w:ind w:firstLine="(\d+)" w:firstLineChars="200"\/>/);
    expect(Number(indent?.[1])).toBeGreaterThanOrEqual(2 * 300);
    expect(Number(indent?.[1])).toBeLessThanOrEqual(2 * 320);
    // 28 characters a line (GB9704 §5.2.3): 3号 (320 twips) condensed by the run's w:spacing.
    const condensed = 320 + Number(body.match(/<w:spacing w:val="(-?\d+)"\/>/)![1]);
    expect(28 * condensed).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(29 * condensed).toBeGreaterThan(TEXT_WIDTH);
    const line = Number(body.match(/<w:spacing [^>]*w:line="(\d+)" w:lineRule="exact"\/>/)![1]);
    const typeArea = twips(297) - twips(37) - twips(35);
    expect(22 * line).toBeLessThanOrEqual(typeArea);
    expect(23 * line).toBeGreaterThan(typeArea);
    const title = styleXml(doc.styles, 'ReportTitle');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(styleXml(doc.styles, 'Heading1CN')).toContain('w:eastAsia="黑体"');
    // 二级 sub-headings of 一 in 楷体, from the narrative's （一） lines.
    const kai = all(doc.document, /<w:r>(?:(?!<\/w:r>)[\s\S])*?w:eastAsia="楷体_GB2312"[\s\S]*?<\/w:r>/g).map((m) => texts(m[0]));
    expect(kai.length).toBeGreaterThan(0);
    for (const k of kai) expect(k).toMatch(/^（[一二三四五六七八九十]+）/);
  });

  it('is A4 with margins 37/35/28/26 mm', () => {
    expect(doc.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const pgMar = doc.document.match(/<w:pgMar [^>]*\/>/)![0];
    expect(Number(attr(pgMar, 'w:top'))).toBe(twips(37));
    expect(Number(attr(pgMar, 'w:bottom'))).toBe(twips(35));
    expect(Number(attr(pgMar, 'w:left'))).toBe(twips(28));
    expect(Number(attr(pgMar, 'w:right'))).toBe(twips(26));
  });

  it('numbers pages "— N —" in 4号 宋体, odd pages right and even pages left', () => {
    expect(doc.settings).toContain('<w:evenAndOddHeaders/>');
    for (const [kind, jc] of [['default', 'right'], ['even', 'left']] as const) {
      const f = doc.footers[kind];
      expect(f).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(f).toContain('<w:fldChar w:fldCharType="begin"/>');
      expect(texts(f)).toBe('—  —');
      expect(f).toContain(`<w:jc w:val="${jc}"/>`);
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>');
    }
    expect(doc.headers).toHaveLength(0);
    expect(doc.document).not.toContain('草稿');
  });
});

describe('buildDocx: errors and drafts', () => {
  function brokenProject(): Project {
    const p = sampleProject();
    p.cells['t3.granted.naturalPerson'] = 47;
    p.cells['t3.granted.business'] = { raw: '约5件' };
    return p;
  }

  it('refuses a filing export while the findings hold errors', async () => {
    const p = brokenProject();
    const findings = validate(p);
    expect(findings.some((f) => f.severity === 'error')).toBe(true);
    await expect(buildDocx(p, findings, { draft: false })).rejects.toBeInstanceOf(DocxRefusedError);
  });

  it('never prints text that is not a number in a filing export', async () => {
    await expect(buildDocx(brokenProject(), [], { draft: false })).rejects.toBeInstanceOf(UnfinishedCellError);
  });

  it('exports a draft marked 草稿 in the title, on every page header, with a watermark', async () => {
    const p = brokenProject();
    const findings = validate(p);
    const errors = findings.filter((f) => f.severity === 'error').length;
    const doc = await unzip(await buildDocx(p, findings, { draft: true }));
    expect(texts(doc.document)).toContain(`${reportTitle(p.meta.issuer, p.meta.year).slice(p.meta.issuer.length)}（草稿）`);
    expect(doc.headers).toHaveLength(2);
    for (const h of doc.headers) {
      expect(texts(h)).toContain(`草稿：尚有 ${errors} 处错误`);
      expect(h).toMatch(/string="草稿"/);
    }
    // The draft shows the junk as typed, so the clerk sees what is wrong.
    expect(doc.tables[1]!.rows[5]!.cells.map((c) => c.text)).toContain('约5件');
  });
});

describe('the 落款 of a draft', () => {
  it('prints 年　月　日 for the clerk to fill in when there is no 发布日期, and steps in when the date is the longer', async () => {
    const p = sampleProject();
    p.meta.publishDate = null;
    p.meta.issuer = '某某局';
    const doc = await unzip(await buildDocx(p, validate(p), { draft: true }));
    const paras = all(doc.document, /<w:p>([\s\S]*?)<\/w:p>/g).map((m) => texts(m[1]!));
    expect(paras.slice(-2)).toEqual(['某某局', '年　月　日']);
    const { signatureLayout, widthInChars } = await import('../../src/main/export/docx/signature');
    // A short name: the date ends two characters from the right, the name moves left to keep the step.
    const s = signatureLayout('某某局', '2026-01-20');
    expect(s.dateLeft - s.nameLeft).toBe(2);
    expect(s.dateLeft + widthInChars('2026年1月20日')).toBeCloseTo(TEXT_WIDTH / 315 - 2, 1);
    expect(s.nameLeft + 3).toBeLessThan(TEXT_WIDTH / 315 - 2);
  });
});

describe('narrative sub-headings', () => {
  it('sets the lead phrase of a （一） line in 楷体 and the rest in 仿宋', () => {
    expect(splitSubheading('（一）主动公开方面')).toEqual({ heading: '（一）主动公开方面', body: '' });
    expect(splitSubheading('（二）依申请公开方面。全年共处理59件。')).toEqual({ heading: '（二）依申请公开方面。', body: '全年共处理59件。' });
    expect(splitSubheading('(五) 监督保障方面。培训1次。').heading).toBe('(五) 监督保障方面。');
    expect(splitSubheading('1.未有信息处理费收费情况。')).toEqual({ heading: '', body: '1.未有信息处理费收费情况。' });
    const long = `（三）${'很长的一段没有句号的文字'.repeat(4)}`;
    expect(splitSubheading(long)).toEqual({ heading: '（三）', body: long.slice(3) });
  });
});
