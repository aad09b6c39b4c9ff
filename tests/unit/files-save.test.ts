// Saving never loses work: atomic write with the previous version kept as .bak, and a file
// changed on disk since it was opened is detected before anything is overwritten.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject, loadProject, serializeProject } from '../../src/shared';
import { saveProjectChecked } from '../../src/main/files/checked-save';
import { readDiskStamp, stampOf } from '../../src/main/files/disk-stamp';
import { openProjectFile } from '../../src/main/files/open-project';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-save-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const project = (issuer: string) => createProject({ issuer, year: 2025, issuerLevel: 'department' });

describe('saveProjectChecked', () => {
  test('a new file is written whole, without a .bak and without temp files left', async () => {
    const path = join(dir, '年报.nianbao.json');
    const r = await saveProjectChecked(path, project('甲局'), null);
    expect(r).toEqual({ status: 'saved', diskStamp: stampOf(readFileSync(path)), backupPath: null });
    expect(readdirSync(dir)).toEqual(['年报.nianbao.json']);
    const loaded = loadProject(readFileSync(path, 'utf8'));
    expect(loaded.ok && loaded.project.meta.issuer).toBe('甲局');
  });

  test('saving over the file as opened keeps the previous version as .bak', async () => {
    const path = join(dir, 'a.nianbao.json');
    const first = await saveProjectChecked(path, project('甲局'), null);
    if (first.status !== 'saved') throw new Error('first save failed');
    const second = await saveProjectChecked(path, project('乙局'), first.diskStamp);
    expect(second.status).toBe('saved');
    expect(second.status === 'saved' && second.backupPath).toBe(`${path}.bak`);
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(serializeProject(project('甲局')));
    expect(readFileSync(path, 'utf8')).toBe(serializeProject(project('乙局')));
    expect(readdirSync(dir).sort()).toEqual(['a.nianbao.json', 'a.nianbao.json.bak']);
  });

  test('a file changed on disk since it was opened is not overwritten', async () => {
    const path = join(dir, 'a.nianbao.json');
    writeFileSync(path, serializeProject(project('甲局')));
    const opened = await openProjectFile(path);
    if (!opened.ok) throw new Error(opened.message);
    // Someone else saves a different version.
    writeFileSync(path, serializeProject(project('别人改过')));
    const r = await saveProjectChecked(path, project('我的修改'), opened.diskStamp);
    expect(r).toEqual({ status: 'conflict', reason: 'changed', diskStamp: await readDiskStamp(path) });
    expect(readFileSync(path, 'utf8')).toContain('别人改过');
    // Overwriting deliberately: pass the stamp of what is on disk now.
    const again = await saveProjectChecked(path, project('我的修改'), r.diskStamp);
    expect(again.status).toBe('saved');
    expect(readFileSync(path, 'utf8')).toContain('我的修改');
    expect(readFileSync(`${path}.bak`, 'utf8')).toContain('别人改过');
  });

  test('a touched but unchanged file is not a conflict (the stamp is the content)', async () => {
    const path = join(dir, 'a.nianbao.json');
    const text = serializeProject(project('甲局'));
    writeFileSync(path, text);
    const stamp = await readDiskStamp(path);
    writeFileSync(path, text); // same bytes, new mtime
    expect((await saveProjectChecked(path, project('乙局'), stamp)).status).toBe('saved');
  });

  test('an existing file where none was expected is a conflict', async () => {
    const path = join(dir, 'a.nianbao.json');
    writeFileSync(path, 'not mine');
    const r = await saveProjectChecked(path, project('甲局'), null);
    expect(r.status === 'conflict' && r.reason).toBe('exists');
    expect(readFileSync(path, 'utf8')).toBe('not mine');
  });

  test('a file deleted since opening is written again', async () => {
    const path = join(dir, 'a.nianbao.json');
    const r = await saveProjectChecked(path, project('甲局'), 'sha256:gone');
    expect(r.status).toBe('saved');
  });

  test('a failed write leaves the old file and no temp file', async () => {
    const path = join(dir, 'missing-folder', 'a.nianbao.json');
    await expect(saveProjectChecked(path, project('甲局'), null)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('openProjectFile', () => {
  test('stamps exactly the bytes it read', async () => {
    const path = join(dir, 'a.nianbao.json');
    writeFileSync(path, serializeProject(project('甲局')));
    const r = await openProjectFile(path);
    expect(r.ok && r.diskStamp).toBe(stampOf(readFileSync(path)));
  });

  test('a broken file is refused with a Chinese message', async () => {
    const path = join(dir, 'a.nianbao.json');
    writeFileSync(path, '{"kind":"nianbao-project"');
    const r = await openProjectFile(path);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/文件已损坏/);
  });

  test('a folder is refused', async () => {
    const r = await openProjectFile(dir);
    expect(!r.ok && r.message).toMatch(/文件夹/);
  });
});
