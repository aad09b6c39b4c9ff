// Upgrades of older project files, one step per version. A step takes the file as it was
// written by that version and returns it as the next version writes it.
import { parseCellInput } from '../values/cell-value';

type Json = Record<string, unknown>;

/**
 * Version 1 (the first preview builds): cells held a number, null or the text as typed
 * (n/a marks and junk alike), contact was one line of text, and there was no review,
 * acknowledgement or prior-year data and no formatVersion.
 */
function v1ToV2(file: Json): Json {
  const cells: Json = {};
  for (const [key, v] of Object.entries((file.cells as Json | undefined) ?? {})) {
    cells[key] = typeof v === 'string' ? parseCellInput(v) : v;
  }
  const meta = { ...((file.meta as Json | undefined) ?? {}) };
  if (typeof meta.contact === 'string') meta.contact = { office: meta.contact };
  return {
    ...file,
    schemaVersion: 2,
    formatVersion: file.formatVersion ?? '2021',
    meta,
    cells,
    acknowledgements: file.acknowledgements ?? [],
    review: file.review ?? { status: 'draft', comments: [], history: [] },
    prior: file.prior ?? null,
  };
}

const STEPS: Record<number, (f: Json) => Json> = { 1: v1ToV2 };

export function migrate(file: Json, from: number): Json {
  let out = file;
  for (let v = from; STEPS[v]; v++) out = STEPS[v]!(out);
  return out;
}
