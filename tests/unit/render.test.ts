// `npm run render` on the exported sample report, as a person checks a .docx: LibreOffice lays
// it out, and the PDF must be A4 with every heading, the tables' labels and the page numbers.
// Needs LibreOffice and poppler-utils (CI installs them); skipped with a notice otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTIONS, T3_NOTE, reportTitle } from '../../src/shared';
import { buildDocx } from '../../src/main/export/docx';
import { sampleProject as sample } from './support/sample';

const root = new URL('../..', import.meta.url).pathname;
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const tools = ['soffice', 'pdftoppm', 'pdftotext', 'pdfinfo'].filter((c) => !has(c));
const SKIP = tools.length > 0;
if (SKIP) console.warn(`render test skipped: ${tools.join(', ')} not installed (CI installs libreoffice-writer-nogui and poppler-utils)`);


const squash = (s: string) => s.replace(/\s+/g, '');

describe('npm run render', () => {
  it.skipIf(SKIP)(
    `renders the sample report to an A4 PDF and PNG pages${SKIP ? ` (skipped: ${tools.join(', ')} not installed)` : ''}`,
    async () => {
      const project = sample();
      project.meta.publishDate = '2026-01-20';
      const out = join(root, 'artifacts/render/test-sample');
      mkdirSync(out, { recursive: true });
      const docx = join(out, 'sample.docx');
      writeFileSync(docx, await buildDocx(project, [], { draft: false }));

      const r = spawnSync(process.execPath, [join(root, 'scripts/render.mjs'), docx, out], { encoding: 'utf8', timeout: 170_000 });
      expect(r.status, r.stderr).toBe(0);
      const pdf = r.stdout.match(/^PDF: (.+)$/m)![1]!;
      const pngs = [...r.stdout.matchAll(/^PNG: (.+)$/gm)].map((m) => m[1]!);
      expect(existsSync(pdf)).toBe(true);
      for (const png of pngs) expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');

      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      const pages = Number(info.match(/^Pages:\s+(\d+)/m)![1]);
      expect(pngs).toHaveLength(pages);
      // Three tables and the prose of a real report: more than two pages, fewer than a dozen.
      expect(pages).toBeGreaterThanOrEqual(3);
      expect(pages).toBeLessThanOrEqual(12);
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);

      const text = squash(spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout);
      expect(text).toContain(squash(reportTitle(project.meta.issuer, project.meta.year)));
      for (const s of SECTIONS) expect(text).toContain(s.heading);
      // Labels that fit on one line of their cell (wrapped ones interleave with their neighbours
      // in extracted text; the .docx tests check every label exactly).
      for (const label of [
        '第二十条第（一）项',
        '第二十条第（八）项',
        '本年收费金额（单位：万元）',
        '申请人情况',
        '法人或其他组织',
        '一、本年新收政府信息公开申请数量',
        '（七）总计',
        '四、结转下年度继续办理',
        '未经复议直接起诉',
        '复议后起诉',
        T3_NOTE.slice(0, 8),
      ]) {
        expect(text).toContain(label);
      }
      // Every line of prose is printed whole, punctuation included (a justified line once lost
      // the comma that hung past its margin).
      const prose = squash(spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/—\s*\d+\s*—/g, ''));
      for (const text of [project.meta.preamble, ...SECTIONS.map((s) => project.sections[s.id])]) {
        for (const line of text.split('\n').map(squash).filter(Boolean)) expect(prose).toContain(line);
      }
      // The 落款 closes the last page: the issuer, the date in Chinese on the line under it,
      // starting to the right of the name's first character (GB/T 9704 §7.3.5.3).
      const last = spawnSync('pdftotext', ['-f', String(pages), '-l', String(pages), '-layout', pdf, '-'], { encoding: 'utf8' }).stdout.split('\n').filter((l) => l.trim() && !/—\s*\d+\s*—/.test(l));
      const [nameLine, dateLine] = last.slice(-2);
      expect(nameLine!.trim()).toBe(project.meta.issuer);
      expect(squash(dateLine!)).toBe('2026年1月20日');
      expect(dateLine!.search(/\S/)).toBeGreaterThan(nameLine!.search(/\S/));
      // 表三's labels in columns 1–3 never leave one character alone on a line (（三）不予公/开
      // once did): every word pdftotext finds there, between the header and 四、结转, is looked at.
      let t3Seen = false;
      for (let i = 1; i <= pages; i++) {
        const xml = spawnSync('pdftotext', ['-f', String(i), '-l', String(i), '-bbox-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
        const words = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
          x1: Number(m[3]),
          y0: Number(m[2]),
          y1: Number(m[4]),
          x0: Number(m[1]),
          text: m[5]!,
        }));
        const top = words.find((w) => w.text === '申请人情况');
        const naturalPerson = words.find((w) => w.text === '自然人');
        if (!top || !naturalPerson) continue;
        t3Seen = true;
        const bottom = words.find((w) => w.text.startsWith('四、结转下年度继续办理'));
        const labels = words.filter((w) => w.y0 >= top.y0 && (!bottom || w.y0 <= bottom.y1) && w.x1 <= naturalPerson.x0);
        expect(labels.length).toBeGreaterThan(30);
        expect(labels.filter((w) => /^[\u3400-\u9fff]$/.test(w.text)).map((w) => w.text), `page ${i}`).toEqual([]);
      }
      expect(t3Seen).toBe(true);
      // Every page carries its number between 一字线.
      for (let i = 1; i <= pages; i++) {
        const page = squash(spawnSync('pdftotext', ['-f', String(i), '-l', String(i), pdf, '-'], { encoding: 'utf8' }).stdout);
        expect(page).toContain(`—${i}—`);
      }
    },
    180_000,
  );
});
