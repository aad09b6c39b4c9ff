// The project file: loading never throws, a broken or foreign file gets a Chinese message
// naming the place, a newer version is refused, an older one migrated.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CELL_KEYS, SCHEMA_VERSION, createProject, loadProject, serializeProject, validate } from '../../src/shared';

const SAMPLE = readFileSync(new URL('../../templates/sample-linyi-2024.nianbao.json', import.meta.url), 'utf8');
const sampleJson = () => JSON.parse(SAMPLE) as { schemaVersion?: number; cells: Record<string, unknown>; meta: Record<string, unknown> };

describe('loadProject', () => {
  it('round-trips a project through serializeProject', () => {
    const r = loadProject(SAMPLE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(serializeProject(r.project)).toBe(SAMPLE);
  });

  it('accepts a byte-order mark', () => {
    expect(loadProject(`\ufeff${SAMPLE}`).ok).toBe(true);
  });

  it.each(['', '{', '{"kind": "nianbao-project",', 'not json at all'])('refuses broken JSON %j with a Chinese message', (text) => {
    const r = loadProject(text);
    expect(r).toMatchObject({ ok: false, code: 'not-json' });
    if (!r.ok) expect(r.message).toMatch(/^文件已损坏或不是年报 Studio 项目文件/);
  });

  it.each(['[]', '42', 'null', '{"name": "package"}', JSON.stringify({ kind: 'other', schemaVersion: 2 })])('refuses foreign JSON %s', (text) => {
    const r = loadProject(text);
    expect(r).toMatchObject({ ok: false, code: 'not-project' });
    if (!r.ok) expect(r.message).toContain('不是年报 Studio 项目文件');
  });

  it('refuses a file from a newer version and says which versions', () => {
    const json = sampleJson();
    json.schemaVersion = SCHEMA_VERSION + 1;
    const r = loadProject(JSON.stringify(json));
    expect(r).toMatchObject({ ok: false, code: 'newer-version' });
    if (!r.ok) expect(r.message).toBe(`该文件由更新版本的年报 Studio 保存（文件格式版本 ${SCHEMA_VERSION + 1}，本程序支持到 ${SCHEMA_VERSION}）。请升级年报 Studio 后再打开；文件未作任何改动。`);
  });

  it('migrates a version 1 file: cell text normalised, contact as an object, review and acknowledgements added', () => {
    const v1 = {
      kind: 'nianbao-project',
      schemaVersion: 1,
      meta: { issuer: '某局', issuerLevel: 'department', year: 2021, preamble: '', publishDate: null, contact: '办公室 0539-1234567' },
      sections: { overview: '概况' },
      cells: { 't3.received.naturalPerson': '１２', 't2.regulations.issued': '/', 't2.fees.amount': '1,234.5', 't4.review.total': '三件', 't3.received.total': 12 },
    };
    const r = loadProject(JSON.stringify(v1));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(1);
    const p = r.project;
    expect(p.schemaVersion).toBe(SCHEMA_VERSION);
    expect(p.formatVersion).toBe('2021');
    expect(p.meta.contact).toEqual({ office: '办公室 0539-1234567', address: '', postcode: '', phone: '', email: '' });
    expect(p.cells['t3.received.naturalPerson']).toBe(12);
    expect(p.cells['t2.regulations.issued']).toEqual({ na: '/' });
    expect(p.cells['t2.fees.amount']).toBe(1234.5);
    expect(p.cells['t4.review.total']).toEqual({ raw: '三件' });
    expect(p.cells['t3.received.total']).toBe(12);
    // Cells the old file did not have are blank, never 0.
    expect(Object.keys(p.cells).sort()).toEqual([...CELL_KEYS].sort());
    expect(p.cells['t4.suitDirect.total']).toBeNull();
    expect(p.review).toEqual({ status: 'draft', comments: [], history: [] });
    expect(p.acknowledgements).toEqual([]);
    expect(p.sections.problems).toBe('');
    // The junk the old version kept is reported at its cell.
    expect(validate(p).find((f) => f.rule === 'G-INT')).toMatchObject({ cells: ['t4.review.total'], message: '表四 行政复议 · 总计：填写的“三件”不是数字' });
  });

  it('names the place of an invalid cell in Chinese', () => {
    const json = sampleJson();
    json.cells['t3.granted.naturalPerson'] = '48';
    const r = loadProject(JSON.stringify(json));
    expect(r).toMatchObject({ ok: false, code: 'invalid' });
    if (r.ok) return;
    expect(r.problems[0]).toEqual({
      place: '表三 （一）予以公开 · 自然人',
      path: 'cells.t3.granted.naturalPerson',
      message: '取值不是数字、空白、“不适用”或原样保留的文字',
    });
    expect(r.message).toBe('项目文件内容有误，未能打开：表三 （一）予以公开 · 自然人：取值不是数字、空白、“不适用”或原样保留的文字。');
  });

  it('names an unknown cell key and a bad year', () => {
    const json = sampleJson();
    json.cells['t3.madeUp.total'] = 1;
    json.meta.year = '2024';
    const r = loadProject(JSON.stringify(json));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/^项目文件内容有误，未能打开（共 2 处问题）：/);
    expect(r.problems).toEqual(
      expect.arrayContaining([
        { place: '基本信息 · 报告年度', path: 'meta.year', message: '类型不正确（应为数字）' },
        expect.objectContaining({ path: 'cells.t3.madeUp.total', message: '未知的单元格“t3.madeUp.total”' }),
      ]),
    );
  });

  it('refuses a file without a schema version', () => {
    const json = sampleJson();
    delete json.schemaVersion;
    expect(loadProject(JSON.stringify(json))).toMatchObject({ ok: false, code: 'invalid', message: '项目文件缺少有效的格式版本号（schemaVersion）。' });
  });

  it('fills missing cells as blank', () => {
    const p = createProject({ issuer: '某局', year: 2025, issuerLevel: 'department' });
    const json = JSON.parse(serializeProject(p));
    json.cells = { 't3.received.total': 3 };
    const r = loadProject(JSON.stringify(json));
    expect(r.ok && r.project.cells['t3.received.naturalPerson']).toBeNull();
    expect(r.ok && r.project.cells['t3.received.total']).toBe(3);
  });
});
