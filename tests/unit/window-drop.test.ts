// Files dropped onto the window become grants in main (issue 10): the first project file is
// granted and opened, else the first importable report is granted read-only and imported;
// anything else — relative paths, other types, a forged payload — grants nothing.
import { expect, test } from 'vitest';
import { acceptDroppedFiles } from '../../src/main/electron/dropped-files';
import { FileAccess } from '../../src/main/ipc/file-access';

test('a dropped project is granted for reading and saving, and opened', () => {
  const access = new FileAccess();
  expect(acceptDroppedFiles(access, ['/home/clerk/说明.pdf', '/home/clerk/年报.nianbao', '/home/clerk/b.docx'])).toEqual({ command: 'open-recent', path: '/home/clerk/年报.nianbao' });
  expect(access.may('/home/clerk/年报.nianbao', 'write')).toBe(true);
  expect(access.may('/home/clerk/b.docx', 'read')).toBe(false);
});

test('a dropped report is granted read-only and imported', () => {
  const access = new FileAccess();
  expect(acceptDroppedFiles(access, ['/home/clerk/2024年报.docx'])).toEqual({ command: 'import', path: '/home/clerk/2024年报.docx' });
  expect(access.may('/home/clerk/2024年报.docx', 'read')).toBe(true);
  expect(access.may('/home/clerk/2024年报.docx', 'write')).toBe(false);
});

test('anything else grants nothing', () => {
  const access = new FileAccess();
  for (const payload of [null, 'x', [1, {}], ['relative/a.nianbao'], ['/etc/passwd'], ['/bin/sh'], [`/${'a'.repeat(5000)}.nianbao`]]) {
    expect(acceptDroppedFiles(access, payload)).toBeNull();
  }
  expect(access.known('/etc/passwd')).toBe(false);
});
