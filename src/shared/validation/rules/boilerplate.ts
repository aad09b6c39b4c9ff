// N-BOILERPLATE (spec §3): narrative copied from last year's report (内容雷同, FMT2021 (四)) —
// the classic failure is a report republished word for word with only the figures changed.
import { NARRATIVE_SECTION_IDS, SECTION_BY_ID } from '../../layout/sections';
import { profileSimilarity, textDigest, textProfile, type TextProfile } from '../../prior/similarity';
import { finding, type Rule } from '../context';
import type { Finding } from '../finding';

/** Similarity from which a section counts as copied (spec: ≥ 90% identical). */
export const BOILERPLATE_THRESHOLD = 0.9;
/**
 * Shorter texts are not judged: a one-line nil statement ("本机关未收取信息处理费") is
 * rightly the same every year. Counted in characters after normalisation.
 */
export const BOILERPLATE_MIN_LENGTH = 60;

// Validation runs on every keystroke while the prose rarely changes: keep recent profiles.
const profiles = new Map<string, TextProfile>();
function profile(text: string): TextProfile {
  let p = profiles.get(text);
  if (!p) {
    p = textProfile(text);
    if (profiles.size > 32) profiles.clear();
    profiles.set(text, p);
  }
  return p;
}

export const N_BOILERPLATE: Rule = {
  id: 'N-BOILERPLATE',
  name: '叙述内容雷同',
  severity: 'warning',
  title: '叙述部分与上年度报告（相似度达 90%）或本批其他单位的报告（逐字相同）雷同',
  check(ctx) {
    const prior = ctx.prior;
    if (!prior) return [];
    const out: Finding[] = [];
    for (const id of NARRATIVE_SECTION_IDS) {
      const now = ctx.project.sections[id];
      const last = prior.sections[id] ?? '';
      if (!now.trim() || !last.trim()) continue;
      const a = profile(now);
      const b = profile(last);
      if (a.length < BOILERPLATE_MIN_LENGTH || b.length < BOILERPLATE_MIN_LENGTH) continue;
      // Dice cannot reach the threshold when one text is much longer than the other.
      if ((2 * Math.min(a.size, b.size)) / (a.size + b.size) < BOILERPLATE_THRESHOLD) continue;
      const similarity = profileSimilarity(a, b);
      if (similarity < BOILERPLATE_THRESHOLD) continue;
      const percent = Math.floor(similarity * 100);
      out.push(
        finding(ctx, {
          rule: 'N-BOILERPLATE',
          severity: 'warning',
          section: id,
          cells: [],
          // The text's digest: an acknowledgement lapses when the section is rewritten.
          extra: `${id}:${textDigest(now)}`,
          message: `${SECTION_BY_ID[id].heading}：与 ${prior.year} 年度报告的相应部分相似度为 ${percent}%（达到 ${BOILERPLATE_THRESHOLD * 100}% 即视为内容雷同，数字不同不计），请按本年度实际情况撰写，不要照抄上年度内容`,
        }),
      );
    }
    return out;
  },
};
