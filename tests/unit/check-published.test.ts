// 发布核对: our own exported web page, garbled the way content systems garble published reports,
// checked against the approved report. Each garbling is reported at its place; the untouched
// page (and the .docx, and the page's copied text) gives nothing. The command's exit status:
// 0 identical, 1 text only, 2 a number or a table.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeProject, validate, type Project } from '../../src/shared';
import { linesFromHtml } from '../../src/shared/import';
import { buildDocx } from '../../src/main/export/docx';
import { buildHtml } from '../../src/main/export/html/build-html';
import { checkPublished } from '../../src/main/publish/check-published';
import { nianbao } from './support/nianbao-bin';
import { sampleProject } from './support/sample';

const CITATION = '本报告根据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制，所列数据的统计期限自2024年1月1日起，至2024年12月31日止。';

let project: Project;
let page: string;
beforeAll(() => {
  project = sampleProject();
  project.meta.preamble = CITATION;
  page = buildHtml(project, validate(project), { draft: false });
});

async function check(html: string) {
  const r = await checkPublished(project, { name: 'published.html', bytes: new TextEncoder().encode(html) });
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** The n-th <table>…</table> of the page (0-based). */
const tableAt = (html: string, n: number) => [...html.matchAll(/<table\b[\s\S]*?<\/table>/g)][n]![0];

describe('checkPublished', () => {
  it('reports nothing for the untouched page, its .docx or its copied text', async () => {
    expect((await check(page)).differences).toEqual([]);
    expect((await check(page)).status).toBe(0);
    const docx = await checkPublished(project, { name: 'published.docx', bytes: await buildDocx(project, [], { draft: false }) });
    expect(docx.ok && docx.differences).toEqual([]);
    // Copied from the browser: a paragraph a line, table rows with tabs between cells.
    const text = linesFromHtml(page).map((l) => l.cells.join('\t')).join('\n');
    const copied = await checkPublished(project, { name: 'copied.txt', bytes: new TextEncoder().encode(text) });
    expect(copied.ok && copied.differences).toEqual([]);
  });

  it('a table dropped: reported as missing under its section, exit status 2, no flood of cells', async () => {
    const r = await check(page.replace(tableAt(page, 2), ''));
    expect(r.differences).toEqual([
      expect.objectContaining({ kind: 'table', weight: 'figures', place: '四、政府信息公开行政复议、行政诉讼情况', message: expect.stringMatching(/^表四（政府信息公开行政复议、行政诉讼情况）缺失/) }),
    ]);
    expect(r.status).toBe(2);
  });

  it('a table flattened into text: reported as no longer a table, though its figures still read', async () => {
    const t2 = tableAt(page, 0);
    const flat = [...t2.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => `<p>${[...m[1]!.matchAll(/<t[dh][^>]*>([^<]*)<\/t[dh]>/g)].map((c) => c[1]).join(' ')}</p>`).join('\n');
    const r = await check(page.replace(t2, flat));
    expect(r.differences.filter((d) => d.kind === 'table')).toEqual([
      expect.objectContaining({ weight: 'figures', place: '二、主动公开政府信息情况', message: expect.stringContaining('表二（主动公开政府信息情况）不是表格') }),
    ]);
    expect(r.status).toBe(2);
  });

  it('brackets and date characters stripped: the broken 文号 and dates quoted with their correct form, text only', async () => {
    const garbled = CITATION.replace('〔2021〕', '〔2021').replace('2024年1月1日', '202411日').replace('2024年12月31日', '20241231日');
    const r = await check(page.replace(CITATION, garbled));
    expect(r.differences).toHaveLength(1);
    const [d] = r.differences;
    expect(d).toMatchObject({ kind: 'citation', weight: 'text', place: '前言 第1段', approved: CITATION, published: garbled });
    expect(d!.message).toContain('“国办公开办函〔202130号”文号的年份括号不完整（缺少后括号“〕”），应为“国办公开办函〔2021〕30号”');
    expect(d!.message).toContain('“202411日”日期缺少“年”和“月”字，应为“2024年1月1日”');
    expect(d!.message).toContain('应为“2024年12月31日”');
    expect(r.status).toBe(1);
  });

  it('a heading renumbered, a paragraph changed, added and dropped: each at its place', async () => {
    const problems = project.sections.problems.split('\n');
    let html = page.replace('>三、收到和处理政府信息公开申请情况<', '>四、收到和处理政府信息公开申请情况<');
    html = html.replace(`>${problems[0]}<`, `>${problems[0]!.replace('政策', '政务')}<`);
    const other = project.sections.other.split('\n');
    html = html.replace(`<p style="margin:0;text-indent:2em;text-align:justify">${other[1]}</p>`, '');
    html = html.replace('</h1>', '</h1>\n<p>来源：本站 作者：管理员 欢迎转载</p>\n<p>本文由网站编辑补充说明。</p>');
    const r = await check(html);
    const kinds = r.differences.map((d) => [d.kind, d.place]);
    expect(kinds).toContainEqual(['heading', '三、收到和处理政府信息公开申请情况']);
    expect(r.differences.find((d) => d.kind === 'heading')!.message).toBe('标题编号被改动：写作“四、收到和处理政府信息公开申请情况”，应为“三、收到和处理政府信息公开申请情况”');
    expect(kinds).toContainEqual(['paragraphChanged', '五、存在的主要问题及改进情况 第1段']);
    expect(kinds).toContainEqual(['paragraphDropped', '六、其他需要报告的事项 第2段']);
    expect(kinds).toContainEqual(['paragraphAdded', '前言（发布稿第1段）']);
    expect(r.differences.every((d) => d.weight === 'text')).toBe(true);
    expect(r.status).toBe(1);
  });

  it('one number changed: the cell named, both values, exit status 2', async () => {
    const t3 = tableAt(page, 1);
    const changed = t3.replace(/(<th[^>]*>（一）予以公开<\/th><td[^>]*>)48</, '$147<');
    expect(changed).not.toBe(t3);
    const r = await check(page.replace(t3, changed));
    expect(r.differences).toEqual([
      expect.objectContaining({ kind: 'cell', weight: 'figures', place: '表三 （一）予以公开 · 自然人', message: '表三 （一）予以公开 · 自然人：报告为 48，发布稿为 47', approved: '48', published: '47' }),
    ]);
    expect(r.status).toBe(2);
  });
});

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice']).status === 0;

describe('a published PDF', () => {
  it.skipIf(!hasSoffice)(`the PDF LibreOffice prints from our .docx reads as identical${hasSoffice ? '' : ' (skipped: soffice not installed)'}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-published-pdf-'));
    const docx = join(dir, 'report.docx');
    writeFileSync(docx, await buildDocx(project, [], { draft: false }));
    const r = spawnSync(process.execPath, [fileURLToPath(new URL('../../scripts/render.mjs', import.meta.url)), docx, dir], { encoding: 'utf8', timeout: 170_000 });
    expect(r.status, r.stderr).toBe(0);
    const checked = await checkPublished(project, join(dir, 'report.pdf'));
    expect(checked.ok && checked.differences).toEqual([]);
  }, 180_000);
});

describe('nianbao check-published', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-published-'));
    writeFileSync(join(dir, 'report.nianbao.json'), serializeProject(project));
    writeFileSync(join(dir, 'same.html'), page);
    writeFileSync(join(dir, 'text.html'), page.replace('>三、收到和处理政府信息公开申请情况<', '>四、收到和处理政府信息公开申请情况<'));
    writeFileSync(join(dir, 'number.html'), page.replace(tableAt(page, 2), ''));
  });

  it('exits 0 on the untouched page, 1 for text differences, 2 for a missing table; --json lists them', async () => {
    const same = await nianbao(['check-published', join(dir, 'report.nianbao.json'), join(dir, 'same.html')]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('与报告一致');
    const text = await nianbao(['check-published', join(dir, 'report.nianbao.json'), join(dir, 'text.html')]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('[文字] 标题编号被改动：写作“四、收到和处理政府信息公开申请情况”');
    const number = await nianbao(['check-published', join(dir, 'report.nianbao.json'), join(dir, 'number.html'), '--json']);
    expect(number.code).toBe(2);
    const json = JSON.parse(number.stdout);
    expect(json.summary).toEqual({ figures: 1, text: 0 });
    expect(json.differences[0].kind).toBe('table');
    const missing = await nianbao(['check-published', join(dir, 'report.nianbao.json'), join(dir, 'nope.html')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('无法读取文件');
    expect((await nianbao(['check-published', join(dir, 'report.nianbao.json')])).code).toBe(64);
  });
});
