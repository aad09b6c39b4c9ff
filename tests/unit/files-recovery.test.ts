// Recovery drafts and the recent-files list, both kept in userData.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject } from '../../src/shared';
import { RecoveryStore } from '../../src/main/files/recovery-store';
import { RECENT_LIMIT, RecentFiles } from '../../src/main/files/recent-files';
import { displayName } from '../../src/main/files/display-name';

let dir: string;
let t: number;
const clock = () => new Date(Date.UTC(2026, 0, 5, 9, 0, 0) + (t += 1000));
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-userdata-'));
  t = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('RecoveryStore', () => {
  test('drafts are written, listed newest first with their file, and discarded', async () => {
    const store = new RecoveryStore(join(dir, 'recovery'), clock);
    const a = createProject({ issuer: '甲局', year: 2025, issuerLevel: 'department' });
    const b = { ...createProject({ issuer: '乙县人民政府', year: 2025, issuerLevel: 'government' }), cells: { ...a.cells, 't3.received.naturalPerson': 7 } };
    await store.write('d-a', a, null);
    const { savedAt } = await store.write('d-b', b, '/reports/乙县.nianbao.json');
    expect(savedAt).toBe('2026-01-05T09:00:02.000Z');

    const { drafts, unreadable } = await store.list();
    expect(unreadable).toEqual([]);
    expect(drafts.map((d) => [d.key, d.name, d.path])).toEqual([
      ['d-b', '乙县', '/reports/乙县.nianbao.json'],
      ['d-a', '未命名', null],
    ]);
    expect(drafts[0]!.project.meta.issuer).toBe('乙县人民政府');
    expect(drafts[0]!.project.cells['t3.received.naturalPerson']).toBe(7);

    // Writing again replaces the draft rather than adding one.
    await store.write('d-a', { ...a, meta: { ...a.meta, preamble: '新的前言' } }, null);
    expect((await store.list()).drafts.find((d) => d.key === 'd-a')!.project.meta.preamble).toBe('新的前言');

    expect(await store.discard('d-a')).toBe(true);
    expect(await store.discard('d-a')).toBe(false);
    expect((await store.list()).drafts.map((d) => d.key)).toEqual(['d-b']);
  });

  test('a discard asked for while an autosave is being written wins: the draft does not come back', async () => {
    const store = new RecoveryStore(join(dir, 'recovery'), clock);
    const p = createProject({ issuer: '甲局', year: 2025, issuerLevel: 'department' });
    const writes = Array.from({ length: 5 }, () => store.write('d-race', p, null));
    const discarded = store.discard('d-race');
    await Promise.all([...writes, discarded]);
    expect(await discarded).toBe(true);
    expect((await store.list()).drafts).toEqual([]);
  });

  test('no folder yet means no drafts; a damaged draft is reported and left alone', async () => {
    const store = new RecoveryStore(join(dir, 'recovery'), clock);
    expect(await store.list()).toEqual({ drafts: [], unreadable: [] });
    mkdirSync(store.dir, { recursive: true });
    writeFileSync(join(store.dir, 'bad.json'), '{"kind":"nianbao-recovery"');
    const r = await store.list();
    expect(r.drafts).toEqual([]);
    expect(r.unreadable).toEqual([join(store.dir, 'bad.json')]);
    expect(readdirSync(store.dir)).toEqual(['bad.json']);
  });

  test('a key that could escape the folder is rejected', async () => {
    const store = new RecoveryStore(join(dir, 'recovery'), clock);
    const p = createProject({ issuer: '甲局', year: 2025, issuerLevel: 'department' });
    await expect(store.write('../evil', p, null)).rejects.toThrow(/恢复草稿标识/);
    await expect(store.discard('../../x')).rejects.toThrow(/恢复草稿标识/);
  });
});

describe('RecentFiles', () => {
  test('newest first, no duplicates, capped, persisted, missing files marked', async () => {
    const file = join(dir, 'recent-files.json');
    const recent = new RecentFiles(file, clock);
    expect(await recent.list()).toEqual([]);
    const a = join(dir, 'a.nianbao.json');
    writeFileSync(a, '{}');
    await recent.add(a);
    await recent.add(join(dir, 'gone.nianbao.json'));
    const list = await recent.add(a);
    expect(list.map((r) => [r.name, r.exists])).toEqual([
      ['a', true],
      ['gone', false],
    ]);
    // Another instance (next start) reads the same list.
    expect((await new RecentFiles(file, clock).list()).map((r) => r.path)).toEqual([a, join(dir, 'gone.nianbao.json')]);
    expect(await recent.remove(join(dir, 'gone.nianbao.json'))).toHaveLength(1);

    await Promise.all(Array.from({ length: RECENT_LIMIT + 5 }, (_, i) => recent.add(join(dir, `f${i}.nianbao.json`))));
    const capped = await recent.list();
    expect(capped).toHaveLength(RECENT_LIMIT);
    expect(capped[0]!.name).toBe(`f${RECENT_LIMIT + 4}`);
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(1);
  });

  test('a damaged list is treated as empty and repaired on the next add', async () => {
    const file = join(dir, 'recent-files.json');
    writeFileSync(file, 'garbage');
    const recent = new RecentFiles(file, clock);
    expect(await recent.list()).toEqual([]);
    await recent.add(join(dir, 'x.nianbao.json'));
    expect((await recent.list()).map((r) => r.name)).toEqual(['x']);
  });
});

test('displayName drops the project extension', () => {
  expect(displayName('/a/b/某局2025年报.nianbao.json')).toBe('某局2025年报');
  expect(displayName('C:\\x\\y.json'.replace(/\\/g, '/'))).toBe('y');
  expect(displayName(null)).toBe('未命名');
});
