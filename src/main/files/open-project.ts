// Opening a project for editing: the text is read once, and the same bytes give both the
// project and its disk stamp, so a change between reading and stamping cannot slip through.
import { loadProject, type LoadResult } from '../../shared';
import { stampOf } from './disk-stamp';
import { decodeUtf8, readInput } from './read-input';

export type OpenResult = (LoadResult & { ok: true; diskStamp: string }) | (LoadResult & { ok: false });

export async function openProjectFile(path: string): Promise<OpenResult> {
  let bytes: Buffer;
  let text: string;
  try {
    bytes = await readInput(path, 'projectBytes');
    text = decodeUtf8(path, bytes);
  } catch (e) {
    return { ok: false, code: 'not-json', message: (e as Error).message, problems: [] };
  }
  const loaded = loadProject(text);
  return loaded.ok ? { ...loaded, diskStamp: stampOf(bytes) } : loaded;
}
