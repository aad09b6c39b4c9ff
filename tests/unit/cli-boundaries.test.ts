// The command line at its boundaries (issue 10): never overwrite without consent, never write
// over its own input, exit 3 for any input it cannot read, temp files that say whose they are
// and are cleaned by the next write, a .bak for every replacement.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/main/cli/main';
import { TEMP_MARK, removeStaleTemps, writeFileAtomic } from '../../src/main/files/project-io';
import { SAMPLE_PATH } from './support/sample';

const GOOD_TXT = new URL('../fixtures/samples/linyi-approval-bureau-2024.txt', import.meta.url).pathname;
const posix = process.platform !== 'win32';
let dir: string;
let stderr: string;

/** `nianbao …` in this process (the same dispatcher bin/nianbao.js runs), with its stderr. */
async function nianbao(...args: string[]): Promise<number> {
  stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    return await main(args);
  } finally {
    vi.restoreAllMocks();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-boundary-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let sub: string;
beforeEach(() => {
  sub = mkdtempSync(join(dir, 'case-'));
});
afterEach(() => vi.restoreAllMocks());

describe('never overwrite without consent', () => {
  it('export refuses an existing target without --force and leaves it untouched; with --force replaces it and keeps a .bak', async () => {
    const out = join(sub, '年报.docx');
    writeFileSync(out, 'filed last week');
    // The template has no 发布日期 (N-PUBDATE), so it goes out as a draft.
    expect(await nianbao('export', SAMPLE_PATH, '--docx', out, '--draft')).toBe(64);
    expect(stderr).toContain('已存在，未覆盖（如需覆盖请加 --force）');
    expect(readFileSync(out, 'utf8')).toBe('filed last week');
    expect(await nianbao('export', SAMPLE_PATH, '--docx', out, '--draft', '--force')).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(`${out}.bak`, 'utf8')).toBe('filed last week');
  });

  it('no command writes over its own input, not even with --force, not through a link', async () => {
    const source = join(sub, 'r.txt');
    copyFileSync(GOOD_TXT, source);
    const before = readFileSync(source);
    expect(await nianbao('import', source, '-o', source, '--force')).toBe(64);
    expect(stderr).toContain('是本命令读取的输入文件');
    if (posix) {
      symlinkSync(source, join(sub, 'link.json'));
      expect(await nianbao('import', source, '-o', join(sub, 'link.json'), '--force')).toBe(64);
      linkSync(source, join(sub, 'hard.json'));
      expect(await nianbao('import', join(sub, 'hard.json'), '-o', source, '--force')).toBe(64);
    }
    expect(readFileSync(source)).toEqual(before);
    const project = join(sub, 'p.nianbao.json');
    copyFileSync(SAMPLE_PATH, project);
    expect(await nianbao('carry', project, '--from', GOOD_TXT, '-o', project, '--force')).toBe(64);
    expect(await nianbao('export', project, '--docx', join(sub, 'x.docx'), '--prior', join(sub, 'x.docx'))).toBe(64);
    expect(readFileSync(project, 'utf8')).toBe(readFileSync(SAMPLE_PATH, 'utf8'));
  });
});

describe('exit 3 for an input that cannot be read, in every command', () => {
  it('a missing file, a folder, a GBK project, a FIFO', async () => {
    const gbk = join(sub, 'gbk.nianbao.json');
    writeFileSync(gbk, Buffer.concat([Buffer.from('{"kind":"nianbao-project","meta":{"issuer":"'), Buffer.from([0xb2, 0xe2, 0xca, 0xd4]), Buffer.from('"}}')]));
    const inputs = [join(sub, 'missing.nianbao.json'), sub, gbk];
    if (posix) execFileSync('mkfifo', [(inputs[3] = join(sub, 'fifo.nianbao.json'))]);
    for (const [i, input] of inputs.entries()) {
      expect(await nianbao('validate', input), `validate ${input}`).toBe(3);
      expect(await nianbao('cells', input), `cells ${input}`).toBe(3);
      expect(await nianbao('export', input, '--docx', join(sub, 'o.docx')), `export ${input}`).toBe(3);
      // A GBK text is a fine input to import (published reports are often GBK).
      if (input !== gbk) expect(await nianbao('import', input, '-o', join(sub, `o${i}.nianbao.json`)), `import ${input}`).toBe(3);
      expect(await nianbao('carry', SAMPLE_PATH, '--from', input, '-o', join(sub, `o${i}.nianbao.json`)), `carry ${input}`).toBe(3);
    }
    expect(await nianbao('validate', gbk)).toBe(3);
    expect(stderr).toContain('不是 UTF-8 编码');
    expect(await nianbao('audit', join(sub, 'no-folder'), '--json')).toBe(3);
    expect(await nianbao('aggregate', join(sub, 'no-folder'), '-o', join(sub, 'a.nianbao.json'))).toBe(3);
    expect(readdirSync(sub).filter((f) => f.startsWith('o'))).toEqual([]);
  });
});

describe('saving onto something that is not a file', () => {
  it.skipIf(!posix)('a FIFO chosen as the save target is refused at once, not waited on', async () => {
    const { saveProjectChecked } = await import('../../src/main/files/checked-save');
    const { createProject } = await import('../../src/shared');
    const fifo = join(sub, 'pipe.nianbao');
    execFileSync('mkfifo', [fifo]);
    await expect(saveProjectChecked(fifo, createProject({ issuer: '甲局', year: 2025, issuerLevel: 'department' }), null)).rejects.toThrow(/不是普通文件，不能保存到这里/);
  });
});

describe('temp files', () => {
  it('are named for their owner; a later write removes stale ones of ours and nothing else', async () => {
    const target = join(sub, 'a.nianbao.json');
    // A dead process's leftovers (pid 2^22+1 cannot run on Linux/macOS), a live one's, and look-alikes.
    const dead = `.a.nianbao.json${TEMP_MARK}4194305-0badf00d`;
    const live = `.a.nianbao.json${TEMP_MARK}${process.ppid}-0badf00d`;
    const others = ['.a.nianbao.json.0123456789ab.tmp', `a${TEMP_MARK}1-zz`, '.b.nianbao-tmp-x', 'notes.txt'];
    for (const name of [dead, live, ...others]) writeFileSync(join(sub, name), 'x');
    if (posix) symlinkSync('/etc/hostname', join(sub, `.l${TEMP_MARK}4194305-00000000`));
    await writeFileAtomic(target, '{}');
    const left = readdirSync(sub);
    expect(left).not.toContain(dead);
    expect(left).toContain(live);
    for (const name of others) expect(left).toContain(name);
    if (posix) expect(left).toContain(`.l${TEMP_MARK}4194305-00000000`);
    expect(left.filter((n) => n.includes(TEMP_MARK) && n.includes(String(process.pid)))).toEqual([]);
    expect(await removeStaleTemps(join(sub, 'missing'))).toEqual([]);
    mkdirSync(join(sub, 'd'));
    expect(existsSync(target)).toBe(true);
  });
});
