// N-BOILERPLATE across units (spec §3: "…or to another unit's"): in a batch, sections 一、五、六
// that are word for word another unit's — figures, spacing and punctuation aside. Only digests
// are kept, so thousands of reports cost a map of short strings, not their text.
import { NARRATIVE_SECTION_IDS, SECTION_BY_ID, type SectionId } from '../layout/sections';
import type { Project } from '../model/project';
import { normalizeForComparison, textDigest } from '../prior/similarity';
import type { Finding } from '../validation/finding';
import { BOILERPLATE_MIN_LENGTH, N_BOILERPLATE } from '../validation/rules/boilerplate';

export interface CopiedSection {
  section: SectionId;
  digest: string;
  /** Ids of the units (as given to add) sharing the text, in the order added. */
  units: number[];
}

/**
 * A report's sections 一、五、六 as digests (long enough ones only), for CopiedNarrativeIndex.
 * Apart from the index so that a batch's worker threads compute them beside the validation and
 * send a few short strings, not the report's text, to the thread that keeps the index.
 */
export function narrativeKeys(project: Pick<Project, 'sections'>): string[] {
  const keys: string[] = [];
  for (const section of NARRATIVE_SECTION_IDS) {
    const text = normalizeForComparison(project.sections[section]);
    if (text.length >= BOILERPLATE_MIN_LENGTH) keys.push(`${section}|${textDigest(text)}`);
  }
  return keys;
}

export class CopiedNarrativeIndex {
  private readonly bySection = new Map<string, number[]>();

  /** Unit `unit`'s narrativeKeys(). */
  add(unit: number, keys: readonly string[]): void {
    for (const key of keys) {
      const units = this.bySection.get(key);
      if (units) units.push(unit);
      else this.bySection.set(key, [unit]);
    }
  }

  /** Texts shared by two or more of the units `keep` accepts. */
  copies(keep: (unit: number) => boolean = () => true): CopiedSection[] {
    const out: CopiedSection[] = [];
    for (const [key, all] of this.bySection) {
      const units = all.filter(keep);
      if (units.length < 2) continue;
      const [section, digest] = key.split('|') as [SectionId, string];
      out.push({ section, digest, units });
    }
    return out;
  }
}

const NAME_AT_MOST = 3;

/**
 * The finding unit `unit` (one of copy.units) gets for the section it shares with the copy's
 * other units. Only the first few others are named, and only they are looked up: a text that
 * a thousand units share gives a thousand findings, not a million names.
 */
export function copiedSectionFinding(copy: CopiedSection, unit: number, nameOf: (unit: number) => string): Finding {
  const others: string[] = [];
  for (const j of copy.units) {
    if (others.length === NAME_AT_MOST) break;
    if (j !== unit) others.push(nameOf(j));
  }
  const count = copy.units.length - 1;
  const named = others.join('、');
  const more = count > NAME_AT_MOST ? ` 等 ${count} 个单位` : '';
  return {
    rule: N_BOILERPLATE.id,
    title: N_BOILERPLATE.name,
    severity: 'warning',
    section: copy.section,
    cells: [],
    message: `${SECTION_BY_ID[copy.section].heading}：与${named}${more}报告的相应部分相同（数字、标点不同不计），内容雷同，请按本单位实际情况撰写`,
    fingerprint: `N-BOILERPLATE|${copy.section}:units:${copy.digest}|`,
  };
}
