// A 本地要求 (profile) file from disk, for `--profile` on the command line and 从文件载入… in the
// app: read within its size limit as UTF-8, then checked with the profile schema. Never throws:
// a file that cannot be read or fails the schema gives the Chinese reason, naming each field.
import { RULES, parseProfile, type ProfileParse } from '../../shared';
import { InputError, readUtf8Input } from './read-input';

export async function readProfileFile(path: string): Promise<ProfileParse> {
  let text: string;
  try {
    text = await readUtf8Input(path, 'profileBytes', '本地要求文件');
  } catch (e) {
    // readInput names the file and the reason in every error it throws.
    return { ok: false, message: `本地要求文件未载入：${e instanceof InputError ? e.message : String(e)}`, problems: [] };
  }
  return parseProfile(text, RULES.map((rule) => rule.id));
}
