// Reading our own 报告正文 sheet back on import: 基本信息, 联系方式, 前言 and the six sections'
// text exactly as exported (or as corrected in the white cells), in place of what the line
// recogniser can guess from a workbook (it finds no headings and no contact there). A value
// the sheet holds that the project file would refuse is reported and the guess is kept.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ImportLogEntry, ImportResult, SourceLine } from '../../../shared/import';
import { SECTIONS, type SectionId } from '../../../shared/layout';
import { ContactSchema, ISSUER_LEVELS, ISSUER_LEVEL_LABELS, MetaSchema, SectionsSchema, issuerLevelOf, type Meta } from '../../../shared/model';
import {
  BASIC_BLOCK,
  BASIC_FIELDS,
  CONTACT_BLOCK,
  CONTACT_FIELDS,
  CONTINUED,
  PARAGRAPH_MARK,
  PREAMBLE_BLOCK,
  REPORT_TEXT_SHEET,
} from './report-text-sheet';
import { parseDate } from '../../../shared/values/publish-date';

/** A date edited in Excel may be written 2025年1月20日 as the report writes it: read it as the form does. */
function publishDateOf(raw: string): string | null {
  const date = parseDate(raw);
  // Not a date: the raw text goes on to the schema, which rejects it with the place.
  return date === undefined ? raw : date;
}

type TextBlock = 'preamble' | SectionId;

export interface ReportText {
  /** The fields read and valid; others stay as the line recogniser found them. */
  readonly meta: Partial<Omit<Meta, 'contact'>> & { contact?: Meta['contact'] };
  /** The text blocks the sheet has, by block. */
  readonly text: Partial<Record<TextBlock, string>>;
  /** Values the sheet holds that cannot be used, in Chinese, naming the row. */
  readonly problems: string[];
}

const BLOCK_BY_LABEL = new Map<string, TextBlock>([[PREAMBLE_BLOCK, 'preamble'], ...SECTIONS.map((s) => [s.heading, s.id] as const)]);

/** A date cell as YYYY-MM-DD (exceljs reads dates as UTC); null for a number no date can show. */
function isoDate(d: Date): string | null {
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/** A cell as the text it shows; a date as YYYY-MM-DD (Excel turns a typed 2025-01-20 into one). */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return isoDate(v) ?? cell.text ?? '';
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('result' in v && v.result !== undefined && v.result !== null) return v.result instanceof Date ? (isoDate(v.result) ?? '') : String(v.result);
  return cell.text ?? '';
}

/** The row holding the header 项目 | 栏目 | 内容, below the title lines. */
function headerRow(ws: ExcelJS.Worksheet): number | null {
  for (let r = 1; r <= Math.min(ws.rowCount, 10); r++) {
    if (cellText(ws.getCell(r, 1)) === '项目' && cellText(ws.getCell(r, 3)) === '内容') return r;
  }
  return null;
}

export function readReportText(ws: ExcelJS.Worksheet): ReportText {
  const problems: string[] = [];
  const header = headerRow(ws);
  if (header === null) return { meta: {}, text: {}, problems: [`工作表“${REPORT_TEXT_SHEET}”缺少表头“项目 / 栏目 / 内容”，未从中读取正文和基本信息`] };
  const basic = new Map<string, string>();
  const contact = new Map<string, string>();
  const paragraphs = new Map<TextBlock, string[]>();
  for (let r = header + 1; r <= ws.rowCount; r++) {
    // Column A is merged over its block: every row reads the block's label.
    const block = cellText(ws.getCell(r, 1)).trim();
    const mark = cellText(ws.getCell(r, 2)).trim();
    const value = cellText(ws.getCell(r, 3));
    if (block === BASIC_BLOCK) basic.set(mark, value);
    else if (block === CONTACT_BLOCK) contact.set(mark, value);
    else {
      const id = BLOCK_BY_LABEL.get(block);
      if (!id) continue;
      const paras = paragraphs.get(id) ?? [];
      paragraphs.set(id, paras);
      if (PARAGRAPH_MARK.test(mark)) paras.push(value);
      else if (mark === CONTINUED) {
        if (paras.length) paras[paras.length - 1] += value;
        else paras.push(value);
      }
    }
  }

  const meta: ReportText['meta'] = {};
  const where = (label: string) => `工作表“${REPORT_TEXT_SHEET}”${BASIC_BLOCK}·${label}`;
  for (const [field, label] of BASIC_FIELDS) {
    const raw = basic.get(label);
    if (raw === undefined) {
      problems.push(`${where(label)}：缺少这一行`);
      continue;
    }
    const value: unknown =
      field === 'issuerLevel' ? issuerLevelOf(raw.trim()) : field === 'year' ? (/^\s*\d{4}\s*年?\s*$/.test(raw) ? Number(raw.replace(/\D/g, '')) : NaN) : field === 'publishDate' ? publishDateOf(raw) : raw;
    const parsed = MetaSchema.shape[field].safeParse(value);
    if (parsed.success) Object.assign(meta, { [field]: parsed.data });
    else problems.push(`${where(label)}：“${raw}”${field === 'issuerLevel' ? `不是${ISSUER_LEVELS.map((l) => ISSUER_LEVEL_LABELS[l]).join('、')}之一` : '无效'}`);
  }
  const readContact = Object.fromEntries(CONTACT_FIELDS.map(([field, label]) => [field, contact.get(label) ?? '']));
  const contactParsed = ContactSchema.safeParse(readContact);
  if (contactParsed.success) meta.contact = contactParsed.data;
  else problems.push(`工作表“${REPORT_TEXT_SHEET}”${CONTACT_BLOCK}：${contactParsed.error.issues.map((i) => `${CONTACT_FIELDS.find(([f]) => f === i.path[0])?.[1] ?? String(i.path[0])}过长`).join('、')}，未读取联系方式`);

  const text: ReportText['text'] = {};
  for (const [id, paras] of paragraphs) {
    const joined = paras.join('\n');
    const schema = id === 'preamble' ? MetaSchema.shape.preamble : SectionsSchema.shape[id];
    if (schema.safeParse(joined).success) text[id] = joined;
    else problems.push(`工作表“${REPORT_TEXT_SHEET}”${id === 'preamble' ? PREAMBLE_BLOCK : SECTIONS.find((s) => s.id === id)!.heading}：正文过长，未读取`);
  }
  return { meta, text, problems };
}

/** Log entries of the line recogniser about what the sheet now supplies (the text, and each meta field read). */
const SUPERSEDED: readonly { applies: (t: ReportText) => boolean; message: RegExp }[] = [
  { applies: (t) => Object.keys(t.text).length === 1 + SECTIONS.length, message: /部分标题|部分正文|没有正文|放在“前言”中/ },
  { applies: (t) => t.meta.year !== undefined, message: /报告年度|年度\s*\d+\s*不在|标题和统计期限/ },
  { applies: (t) => t.meta.issuer !== undefined, message: /发布机关/ },
  { applies: (t) => t.meta.issuerLevel !== undefined, message: /机关类型/ },
  { applies: (t) => t.meta.publishDate !== undefined, message: /^发布日期/ },
];

export interface OwnWorkbookText {
  /** Lines of the 报告正文 sheet: not for the line recogniser (the sheet is read here). */
  owns(line: SourceLine): boolean;
  /** The import result with the sheet's text and 基本信息 in place of the recogniser's guesses. */
  applyTo(result: ImportResult): ImportResult;
}

async function hasSheet(bytes: Uint8Array): Promise<boolean> {
  const workbook = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')?.async('string');
  return workbook !== undefined && workbook.includes(`name="${REPORT_TEXT_SHEET}"`);
}

/** The 报告正文 sheet of an .xlsx exported by 年报 Studio, or null for any other workbook. */
export async function readOwnWorkbookText(bytes: Uint8Array): Promise<OwnWorkbookText | null> {
  if (!(await hasSheet(bytes))) return null;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(REPORT_TEXT_SHEET);
  if (!ws) return null;
  let read: ReportText;
  try {
    read = readReportText(ws);
  } catch (e) {
    // One odd cell must not lose the tables: the workbook is then read like any other.
    read = { meta: {}, text: {}, problems: [`工作表“${REPORT_TEXT_SHEET}”无法读取（${e instanceof Error ? e.message : String(e)}），正文和基本信息按其他工作表识别`] };
  }
  const prefix = `工作表“${REPORT_TEXT_SHEET}”`;
  return {
    owns: (line) => line.where.startsWith(prefix),
    applyTo(result) {
      if (!result.ok) return result;
      const { contact, ...fields } = read.meta;
      const before = result.project;
      const project = {
        ...before,
        meta: { ...before.meta, ...fields, ...(contact ? { contact } : {}), ...(read.text.preamble !== undefined ? { preamble: read.text.preamble } : {}) },
        sections: { ...before.sections, ...Object.fromEntries(Object.entries(read.text).filter(([id]) => id !== 'preamble')) },
      };
      const dropped = SUPERSEDED.filter((s) => s.applies(read)).map((s) => s.message);
      const kept = result.log.filter((e) => !dropped.some((re) => re.test(e.message)));
      const chars = Object.values(read.text).reduce((n, t) => n + t.length, 0);
      const supplied = Object.keys(read.text).length + Object.keys(read.meta).length > 0;
      const own: ImportLogEntry[] = [
        ...(supplied
          ? [
              {
                level: 'info' as const,
                message: `基本信息、联系方式、前言和六个部分的正文取自工作表“${REPORT_TEXT_SHEET}”：发布机关“${project.meta.issuer}”，${ISSUER_LEVEL_LABELS[project.meta.issuerLevel]}，${project.meta.year} 年度，正文共 ${chars} 字`,
              },
            ]
          : []),
        ...read.problems.map((message): ImportLogEntry => ({ level: 'warning', message })),
      ];
      return { ...result, project, log: [...kept.slice(0, 1), ...own, ...kept.slice(1)] };
    },
  };
}
