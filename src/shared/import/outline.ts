// N-OUTLINE on import: the published text's outline — parts 二–六 numbered 一–五, two parts
// merged under one heading, 总体情况's sub-topics promoted to parts, two numbering systems.
// Evaluators list these as 结构不规范; the importer still reads what it can, and the batch
// audit shows each as an error of the unit.
import { SECTIONS, SECTION_BY_ID, type SectionId } from '../layout/sections';
import { T3_ROWS } from '../layout/tables';
import type { Finding } from '../validation/finding';
import { N_OUTLINE } from '../validation/rules/outline';
import type { SourceLine } from './document';
import type { ImportLog, ImportLogEntry } from './import-log';
import { bare, fold } from './normalize';
import { HEADING_KEYWORDS } from './read-narrative';

/** The validator's rule of the same id reads what the clerk types; this reads the published text. */
export const OUTLINE_RULE = N_OUTLINE.id;
const PREFIX = `提纲结构与标准格式不符（${OUTLINE_RULE}）：`;

const CN_ORDINALS = '一二三四五六七八九十';
/** A part-level heading: 「二、…」「二.…」「第二部分…」「2、…」 on a short line of its own. */
const PART_HEADING = new RegExp(`^(?:([${CN_ORDINALS}])\\s*([、.．])|第([${CN_ORDINALS}])部分[、.．:：\\s]?|(\\d)\\s*([、．]|\\.(?!\\d)))`);
/** 总体情况's five sub-topics: as a part of their own they are promoted one level too high. */
const SUBTOPIC = /^(?:依申请公开|政府信息管理|(?:政府信息公开)?平台建设|监督保障)(?:政府信息)?(?:工作)?(?:情况|方面)?$/;
/** 表三's own row labels start 一、二、三、四 too. */
const T3_LABELS = T3_ROWS.filter((r) => /^[一二三四]、/.test(r.label)).map((r) => bare(fold(r.label)));

type Style = '一、' | '一.' | '第一部分' | '1、';

interface PartLine {
  readonly line: number;
  readonly text: string;
  readonly ordinal: number;
  readonly style: Style;
  readonly body: string;
}

/** The line's one non-blank cell, trimmed; null when it has none or several (no array made: asked of every line). */
function onlyCell(cells: readonly string[]): string | null {
  let text: string | null = null;
  for (const cell of cells) {
    const t = cell.trim();
    if (t === '') continue;
    if (text !== null) return null;
    text = t;
  }
  return text;
}

function partLines(lines: readonly SourceLine[], from: number): PartLine[] {
  const out: PartLine[] = [];
  for (let i = Math.max(0, from); i < lines.length; i++) {
    const text = onlyCell(lines[i]!.cells);
    if (text === null || text.length > 40) continue;
    const f = fold(text);
    const m = PART_HEADING.exec(f);
    if (!m) continue;
    const body = bare(f.slice(m[0].length));
    if (!body || /[。，,；;]/.test(f.slice(m[0].length, -1))) continue;
    const all = bare(f);
    if (T3_LABELS.some((l) => all.startsWith(l))) continue;
    const cn = m[1] ?? m[3];
    const ordinal = cn ? CN_ORDINALS.indexOf(cn) + 1 : Number(m[4]);
    const style: Style = m[3] ? '第一部分' : m[4] ? '1、' : m[2] === '、' ? '一、' : '一.';
    out.push({ line: i, text, ordinal, style, body });
  }
  return out;
}

/**
 * What a part's heading says that no other part's does: stricter than the importer's
 * HEADING_KEYWORDS (「被申请行政复议…情况」 also has 申请 and 情况), so that a merge is two of these.
 */
const CORE: Readonly<Record<SectionId, RegExp>> = {
  overview: /总体情况|概述/,
  proactive: /主动公开政府信息/,
  requests: /收到和处理|处理政府信息公开申请|依申请公开情况/,
  litigation: /复议|诉讼/,
  problems: /问题/,
  other: /其他(?:需要)?报告|其他事项/,
};
const sectionsOf = (body: string): SectionId[] =>
  SECTIONS.filter((s) => CORE[s.id].test(body) && HEADING_KEYWORDS[s.id](body)).map((s) => s.id);

/** Logs every outline fault of the published text (rule N-OUTLINE); returns how many. */
export function checkOutline(lines: readonly SourceLine[], from: number, log: ImportLog): number {
  const parts = partLines(lines, from);
  let faults = 0;
  const fault = (message: string, line: number) => {
    faults++;
    log.warn(PREFIX + message, { where: lines[line]!.where, rule: OUTLINE_RULE });
  };
  const styles = new Map<Style, PartLine>();
  let sawOverview = false;
  let sawProactive = false;
  for (const p of parts) {
    if (SUBTOPIC.test(p.body)) {
      // Only between 一、总体情况 and 二's heading: elsewhere 「依申请公开情况」 may be a drifted 三.
      if (sawOverview && !sawProactive) fault(`“${p.text}”是“${SECTION_BY_ID.overview.heading}”下的小标题，却编号为与各部分同级的标题；应写作“${SECTION_BY_ID.overview.subheadings[0]}”这样的下一级小标题`, p.line);
      continue;
    }
    const ids = sectionsOf(p.body);
    if (!ids.length) continue;
    const first = SECTION_BY_ID[ids[0]!];
    if (first.id === 'overview') sawOverview = true;
    if (first.id === 'proactive') sawProactive = true;
    if (!styles.has(p.style)) styles.set(p.style, p);
    if (ids.length >= 2) {
      fault(`“${p.text}”把${ids.map((id) => `第${SECTION_BY_ID[id].number}部分“${SECTION_BY_ID[id].heading}”`).join('和')}合在一个标题下，各部分应分别列出`, p.line);
      continue;
    }
    const official = SECTIONS.indexOf(first) + 1;
    if (p.ordinal !== official && p.style !== '1、') {
      fault(`“${p.text}”的序号有误：“${first.heading.slice(2)}”是第${first.number}部分，应为“${first.heading}”`, p.line);
    }
  }
  if (styles.size > 1) {
    const [a, b] = [...styles.values()];
    fault(`各部分标题用了两种编号方式：“${a!.text}”与“${b!.text}”，应统一为“一、”“二、”……`, b!.line);
  }
  return faults;
}

/** The outline faults of an import as findings (severity H), for the batch audit. */
export function outlineFindings(log: readonly ImportLogEntry[]): Finding[] {
  return log
    .filter((e) => e.rule === OUTLINE_RULE)
    .map((e) => {
      const message = e.message.slice(PREFIX.length);
      return {
        rule: OUTLINE_RULE,
        title: N_OUTLINE.name,
        severity: 'error' as const,
        cells: [],
        message: `${message}${e.where ? `（原文${e.where}）` : ''}`,
        fingerprint: `${OUTLINE_RULE}|${message}|`,
      };
    });
}
