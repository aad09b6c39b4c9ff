// From lines of cells to a project: headings and title first, then the tables, then each
// section's text. Every cell starts blank; only what was read is filled in.
import { CELL_KEYS, describeCell, TABLE_NAMES } from '../layout/cells';
import { NARRATIVE_SECTION_IDS, SECTIONS, type SectionId } from '../layout/sections';
import { createProject, ISSUER_LEVEL_LABELS, type IssuerLevel, type Project } from '../model/project';
import type { Finding } from '../validation/finding';
import { isNotApplicable, isNumber } from '../values/cell-value';
import { FORMAT_LABELS, type InputFormat, type SourceLine } from './document';
import { ImportLog, type ImportLogEntry } from './import-log';
import { findHeadings, findTitle, isPageChrome, isTitleLine, issuerFromText, publishDateFrom, sectionText, signatureAt, yearFromPeriod, yearFromText } from './read-narrative';
import { fold } from './normalize';
import { readTables } from './read-tables';
import { tableShapeFindings } from './table-shape';
import { checkOutline, outlineFindings } from './outline';

export type ImportResult =
  /** findings: what the import itself finds against the rules (N-TABLE-SHAPE, N-OUTLINE), for the batch audit. */
  | { ok: true; project: Project; log: ImportLogEntry[]; findings: Finding[] }
  | { ok: false; project: null; log: ImportLogEntry[]; message: string };

export interface ImportOptions {
  format: InputFormat;
  /** Year to use when the report names none (the caller's clock: the pure core has none). */
  fallbackYear: number;
  /** Where the report came from, for the log. */
  sourceName?: string;
}

/** The issuer's kind from its name; only a first guess, logged for the clerk to confirm. */
export function guessIssuerLevel(issuer: string): IssuerLevel {
  if (/(街道办事处|街道|乡人民政府|镇人民政府|[乡镇]政府|[乡镇])$/.test(issuer)) return 'township';
  if (/人民政府$/.test(issuer) && !/办公[室厅]/.test(issuer)) return 'government';
  return issuer ? 'department' : 'other';
}

/** Said of an input with no recognisable title, section heading or statutory table. */
export const NOT_A_REPORT = '未找到年度报告的标题、章节或表格';

const TABLE_SECTIONS: ReadonlySet<SectionId> = new Set(SECTIONS.filter((s) => s.table).map((s) => s.id));
const CELL_KEY_SET: ReadonlySet<string> = new Set(CELL_KEYS);
const KEYS_OF_TABLE: Readonly<Record<'t2' | 't3' | 't4', readonly string[]>> = {
  t2: CELL_KEYS.filter((k) => k.startsWith('t2.')),
  t3: CELL_KEYS.filter((k) => k.startsWith('t3.')),
  t4: CELL_KEYS.filter((k) => k.startsWith('t4.')),
};

export function projectFromLines(lines: readonly SourceLine[], options: ImportOptions): ImportResult {
  const log = new ImportLog();
  log.info(`按${FORMAT_LABELS[options.format]}读取${options.sourceName ? `“${options.sourceName}”` : ''}，共 ${lines.length} 行`);
  const headings = findHeadings(lines, log);
  const at = (id: SectionId) => headings.find((h) => h.section === id)?.line;
  const firstHeading = headings[0]?.line ?? -1;

  const title = findTitle(lines, firstHeading);
  let year = title.year;
  if (year) log.info(`报告年度 ${year}（取自标题）`);
  else {
    year = yearFromPeriod(lines);
    if (year) log.info(`报告年度 ${year}（取自统计期限）`);
    else {
      year = yearFromText(lines);
      if (year) log.warn(`标题和统计期限中均未写明年度，按正文中第一次出现的年份 ${year} 读取，请核对`);
      else {
        year = options.fallbackYear;
        log.error(`未能识别报告年度，暂填 ${year}，请核对`);
      }
    }
  }
  let issuer = title.issuer;
  if (issuer) log.info(`发布机关“${issuer}”（取自标题）`);
  else {
    issuer = issuerFromText(lines, at('proactive') ?? -1);
    if (issuer) log.warn(`标题中没有发布机关，按前言中的“${issuer}”填写，请核对`);
    else log.warn('未能识别发布机关，留空，请补填');
  }
  // The kind is told by the name's last characters, in simplified script (「…鎮」 is a 镇).
  const issuerLevel = guessIssuerLevel(fold(issuer));
  log.info(`机关类型按名称推定为“${ISSUER_LEVEL_LABELS[issuerLevel]}”，请核对`);

  const inRange = Math.min(2200, Math.max(2008, year));
  if (inRange !== year) log.error(`报告年度 ${year} 不在 2008 年（条例施行）之后的范围内，暂填 ${inRange}，请核对`);
  const project = createProject({ issuer, year: inRange, issuerLevel });
  const published = publishDateFrom(lines, firstHeading);
  if (published) {
    project.meta.publishDate = published;
    log.info(`发布日期 ${published}（取自网页）`);
  }

  const tables = readTables(lines, { proactive: at('proactive'), requests: at('requests'), litigation: at('litigation'), problems: at('problems'), found: headings.length }, log);
  if (headings.length === 0 && title.lastLine < 0 && tables.seen.size === 0) {
    // Nothing of a report: importing it would put a stranger's text in 前言 as if it were one.
    const message = `${options.sourceName ? `“${options.sourceName}”中` : ''}${NOT_A_REPORT}，不是政府信息公开工作年度报告，未导入`;
    log.error(message);
    return { ok: false, project: null, log: log.entries, message };
  }
  // Only what was read is written (the cells start blank, in layout order).
  for (const [key, v] of tables.values) if (CELL_KEY_SET.has(key)) project.cells[key] = v;

  // A table section with its heading but no trace of its table: the table is often an image.
  for (const h of headings) {
    const def = SECTIONS.find((s) => s.id === h.section)!;
    if (!def.table) continue;
    const keys = KEYS_OF_TABLE[def.table];
    if (!tables.seen.has(def.table)) {
      keys.forEach((k) => tables.unread.add(k));
      log.warn(`第${def.number}部分“${def.heading}”下没有找到表格（表格可能以图片发布），${TABLE_NAMES[def.table]} ${keys.length} 格留空`, {
        where: lines[h.line]!.where,
        cells: [...keys],
      });
    }
  }

  // The 落款 (issuer and date) closes the report: it is not text of the last section.
  const signature = firstHeading >= 0 ? signatureAt(lines, issuer) : null;
  const end = signature?.from ?? lines.length;
  if (signature) {
    log.info(`落款：${issuer}${signature.date ? `，${signature.date}` : '（未写日期）'}`, { where: lines[signature.from]!.where });
    if (signature.date && !project.meta.publishDate) project.meta.publishDate = signature.date;
  }

  // Preamble: between the title and the first heading.
  const preambleFrom = title.lastLine + 1;
  // With no heading at all, every paragraph goes to the preamble so that no text is lost.
  const preambleTo = firstHeading >= 0 ? firstHeading : lines.length;
  project.meta.preamble = sectionText(lines, preambleFrom, preambleTo, tables.used, false, (t) => isTitleLine(t, issuer));
  if (firstHeading < 0 && project.meta.preamble) log.warn('未找到任何部分标题，全部文字放在“前言”中，请按部分整理');

  headings.forEach((h, k) => {
    const to = headings[k + 1]?.line ?? end;
    project.sections[h.section] = sectionText(lines, h.line + 1, to, tables.used, TABLE_SECTIONS.has(h.section));
    const def = SECTIONS.find((s) => s.id === h.section)!;
    if (!def.table) {
      const chars = project.sections[h.section].length;
      if (chars > 0) log.info(`第${def.number}部分正文 ${chars} 字`, { where: lines[h.line]!.where });
      else log.warn(`第${def.number}部分“${def.heading}”没有正文`, { where: lines[h.line]!.where });
    }
  });
  markCutOff(project, headings, signature !== null, log);
  const skipped = lines.filter((l, i) => i < preambleTo && isPageChrome(l.raw)).length;
  if (skipped > 0) log.info(`跳过网页栏目信息 ${skipped} 行（发布时间、浏览次数等）`);

  // Unread, as distinct from published blank: only cells still blank (a cell read elsewhere,
  // e.g. a row found twice, is read).
  project.unread = CELL_KEYS.filter((k) => tables.unread.has(k) && (project.cells[k] === null || project.cells[k] === undefined));
  checkOutline(lines, title.lastLine + 1, log);
  summarize(project, log);
  return { ok: true, project, log: log.entries, findings: [...tableShapeFindings(log.entries), ...outlineFindings(log.entries)] };
}

/**
 * A copy that stops before its last sections (no later heading, no 落款 to close it) has not
 * shown them: the narrative ones among them are unread, not missing, so the rules do not
 * accuse the publisher of leaving out 五 or 六 (validation: 无法判断). With a 落款, or with a
 * later heading found, a section absent is absent.
 */
function markCutOff(project: Project, headings: readonly { section: SectionId }[], signed: boolean, log: ImportLog): void {
  if (signed || headings.length === 0) return;
  const last = Math.max(...headings.map((h) => SECTIONS.findIndex((s) => s.id === h.section)));
  const cut = SECTIONS.slice(last + 1).filter((s) => NARRATIVE_SECTION_IDS.includes(s.id) && project.sections[s.id] === '');
  if (cut.length === 0) return;
  project.unreadSections = cut.map((s) => s.id);
  log.warn(
    `原文在第${SECTIONS[last]!.number}部分之后中断（其后没有部分标题，也没有落款）：${cut.map((s) => `“${s.heading}”`).join('、')}未能读出，与之有关的校验显示为“无法判断”，请对照原件补填`,
  );
}

function summarize(project: Project, log: ImportLog): void {
  let numbers = 0;
  let na = 0;
  let other = 0;
  const blank: string[] = [];
  for (const key of CELL_KEYS) {
    const v = project.cells[key];
    if (isNumber(v)) numbers++;
    else if (isNotApplicable(v)) na++;
    else if (v === null || v === undefined) blank.push(key);
    else other++;
  }
  const total = CELL_KEYS.length;
  log.info(
    `共 ${total} 格：读出 ${numbers + na + other} 格（数字 ${numbers} 格${na ? `，不适用 ${na} 格` : ''}${other ? `，非数字原文 ${other} 格` : ''}），未读出 ${blank.length} 格（留空）`,
    blank.length ? { cells: blank } : {},
  );
  if (blank.length > 0 && blank.length <= 12) log.warn(`留空的格：${blank.map(describeCell).join('；')}`, { cells: blank });
  const unread = project.unread ?? [];
  if (unread.length > 0) {
    log.warn(`其中 ${unread.length} 格原文未能读出（不是原文留空），用到这些格的校验规则显示为“无法判断”，请对照原件补填`, { cells: [...unread] });
  }
}
