// What the commands share in reading their command line: the one input they take, outputs
// never overwritten without --force, the issuer level by code or by its Chinese name, and a
// project file that cannot be opened (the Chinese reason on stderr, exit status 3).
import { access, realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ISSUER_LEVELS, issuerLevelOf, type IssuerLevel, type Profile, type Project } from '../../shared';
import { readProjectFile } from '../files/project-io';
import { UsageError } from './command';
import { readProfileFile } from '../files/read-profile';

/** Exit status when a file given on the command line cannot be opened. */
export const EXIT_UNREADABLE = 3;

/** The single positional argument, or a usage error saying what it should be. */
export function oneInput(positionals: readonly string[], missing: string): string {
  if (positionals.length !== 1 || positionals[0] === '') throw new UsageError(missing);
  return positionals[0]!;
}

/** Refuses (as wrong usage) to overwrite any existing file unless --force was given. */
export async function refuseOverwrite(paths: readonly string[], force: boolean): Promise<void> {
  if (force) return;
  for (const path of paths) {
    if (await access(path).then(() => true, () => false)) throw new UsageError(`${path} 已存在，未覆盖（如需覆盖请加 --force）`);
  }
}

/** What identifies a file on disk: device and inode when it exists (a link to it is the same file), else its full path. */
async function identity(path: string): Promise<string> {
  const s = await stat(path).catch(() => null);
  if (s && (s.ino !== 0 || s.dev !== 0)) return `${s.dev}:${s.ino}`;
  return realpath(path).catch(() => resolve(path));
}

/**
 * No command writes over a file it reads, not even with --force (`import r.txt -o r.txt --force`
 * destroyed its own source): a link, a hard link or another spelling of the same path counts.
 */
export async function refuseOwnInput(inputs: readonly string[], outputs: readonly string[]): Promise<void> {
  const read = new Set(await Promise.all(inputs.map(identity)));
  for (const out of outputs) {
    if (read.has(await identity(out))) throw new UsageError(`${out} 是本命令读取的输入文件，不能用输出覆盖它（--force 也不行）；请另选输出文件`);
  }
}

/** --level as department / government / township / other, or 部门 / 县级以上人民政府 / 乡镇街道 / 其他. */
export function parseIssuerLevel(text: string): IssuerLevel {
  const level = issuerLevelOf(text);
  if (!level) throw new UsageError(`机关类型“${text}”无效，应为 ${ISSUER_LEVELS.join(' / ')}`);
  return level;
}

/**
 * A project file, or null after writing why it cannot be opened to stderr — every problem when
 * the file has several (the caller then exits with EXIT_UNREADABLE).
 */
export async function openProject(path: string): Promise<Project | null> {
  const r = await readProjectFile(path);
  if (r.ok) return r.project;
  const details = r.problems.length > 1 ? `\n${r.problems.map((p) => `  - ${p.place}：${p.message}`).join('\n')}` : '';
  process.stderr.write(`${path}：${r.message}${details}\n`);
  return null;
}

/**
 * The --profile file (本地要求), or null after printing why it is refused: the field and the
 * reason for each problem (exit status 3, as for a file that cannot be opened).
 */
export async function openProfile(path: string): Promise<Profile | null> {
  const r = await readProfileFile(path);
  if (r.ok) return r.profile;
  const details = r.problems.length > 1 ? `\n${r.problems.map((p) => `  - ${p}`).join('\n')}` : '';
  process.stderr.write(`${path}：${r.message}${details}\n`);
  return null;
}
