// How many fixture reports (tests/fixtures/reports, holdout included) each rule flags, as
// imported: `node bin/run-ts.js scripts/rule-counts.ts [RULE…]` prints the counts, and with
// rule ids every finding of those rules with its report, to be read one by one.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validate, type Finding } from '../src/shared';
import { importReport } from '../src/main/import';

const ROOT = fileURLToPath(new URL('../tests/fixtures/reports', import.meta.url));

/** Every fixture report's source file (the one its hand-checked .cells.json belongs to). */
export function fixtureSources(): { name: string; file: string }[] {
  const out: { name: string; file: string }[] = [];
  for (const dir of ['', 'holdout']) {
    const abs = join(ROOT, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs).filter((x) => x.endsWith('.cells.json')).sort()) {
      const base = f.slice(0, -'.cells.json'.length);
      const file = ['.txt', '.html', '.docx', '.xlsx'].map((ext) => join(abs, base + ext)).find(existsSync);
      if (file) out.push({ name: dir ? `${dir}/${base}` : base, file });
    }
  }
  return out;
}

/** Findings per fixture report, the import's own (N-TABLE-SHAPE, N-OUTLINE) included. */
export async function fixtureFindings(): Promise<{ name: string; findings: Finding[] }[]> {
  const out: { name: string; findings: Finding[] }[] = [];
  for (const { name, file } of fixtureSources()) {
    const r = await importReport(file);
    if (!r.ok) throw new Error(`${name}: ${r.message}`);
    out.push({ name, findings: [...validate(r.project), ...r.findings] });
  }
  return out;
}

/** Rule id → names of the reports it flags. */
export function reportsPerRule(all: { name: string; findings: Finding[] }[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const { name, findings } of all) {
    // What the rule could not judge (cells an import could not read) is not a flag.
    const flagged = findings.filter((f) => f.severity !== 'unverifiable');
    for (const rule of new Set(flagged.map((f) => f.rule))) m.set(rule, [...(m.get(rule) ?? []), name]);
  }
  return m;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const show = new Set(process.argv.slice(2));
  const all = await fixtureFindings();
  const per = reportsPerRule(all);
  console.log(`${all.length} fixture reports`);
  for (const [rule, names] of [...per].sort()) console.log(`${rule}\t${names.length}`);
  for (const { name, findings } of all) {
    for (const f of findings) if (show.has(f.rule)) console.log(`\n[${name}] ${f.rule}：${f.message}`);
  }
}
