// The report as a Word document in the national layout: title, preamble, the six sections
// with their official headings, tables 二–四 from the shared grid, typeset per spec §5.
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { SECTIONS, reportTitle, type SectionDef } from '../../../shared/layout';
import type { Project } from '../../../shared/model';
import type { Finding } from '../../../shared/validation';
import { approvalStatement, approvalStatus, contentFingerprint } from '../../../shared/review';
import { narrativeLines, narrativeParagraphs } from './narrative';
import { DRAFT_TITLE_SUFFIX, draftHeaders, pageNumberFooters } from './page-furniture';
import { signatureParagraphs } from './signature';
import { buildTable } from './tables';
import { BODY_CHAR_SPACING, FONTS, INDENT_TWO_CHARS, LINE_PITCH, PAGE, SIZE } from './typesetting';

export interface DocxOptions {
  /** A draft may be exported with errors; it is marked 草稿 on every page and in the title. */
  draft: boolean;
}

export class DocxRefusedError extends Error {}

/** Exact line pitch for every body paragraph: 22 lines fill the type area. */
const BODY_SPACING = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
const BODY_INDENT = { firstLine: INDENT_TWO_CHARS, firstLineChars: 200 } as const;

const STYLES = {
  default: {
    document: {
      // Latin runs (digits) are en-US: with zh-CN on them LibreOffice breaks lines inside numbers.
      run: { font: FONTS.body, size: SIZE.san, language: { value: 'en-US', eastAsia: 'zh-CN' } },
      paragraph: { spacing: BODY_SPACING },
    },
  },
  paragraphStyles: [
    {
      id: 'Body',
      name: '正文（仿宋 3号）',
      run: { font: FONTS.body, size: SIZE.san, characterSpacing: BODY_CHAR_SPACING },
      // Left, not justified: LibreOffice (7.4) drops a full-width comma that hangs past the
      // margin of a justified line — seen in the rendered sample, "较多，对" printed "较多对".
      // With fixed-width CJK text the right edge stays straight except on lines with digits.
      paragraph: { alignment: AlignmentType.LEFT, spacing: BODY_SPACING, indent: BODY_INDENT },
    },
    {
      id: 'Heading1CN',
      name: '一级标题（黑体 3号）',
      basedOn: 'Body',
      run: { font: FONTS.heading1, size: SIZE.san },
      paragraph: { keepNext: true, keepLines: true, outlineLevel: 0 },
    },
    {
      id: 'ReportTitle',
      name: '标题（方正小标宋简体 2号）',
      run: { font: FONTS.title, size: SIZE.er },
      paragraph: { alignment: AlignmentType.CENTER, spacing: BODY_SPACING, indent: { firstLine: 0 }, keepNext: true },
    },
  ],
};

/** The title, broken after the issuer when it runs past one line (GB9704 §7.3.1: keep meaning intact). */
function titleParagraphs(project: Project, draft: boolean): Paragraph[] {
  const { issuer, year } = project.meta;
  const full = reportTitle(issuer, year) + (draft ? DRAFT_TITLE_SUFFIX : '');
  const perLine = Math.floor((PAGE.width - PAGE.left - PAGE.right) / (SIZE.er * 10));
  const lines = full.length > perLine && issuer && full.startsWith(issuer) ? [issuer, full.slice(issuer.length)] : [full];
  return [
    new Paragraph({
      style: 'ReportTitle',
      children: lines.map((text, i) => new TextRun({ text, ...(i > 0 ? { break: 1 } : {}) })),
    }),
    // One blank line between title and text, as in GB9704 documents.
    new Paragraph({ style: 'Body', children: [] }),
  ];
}

/** The clerk's text without its heading, if they typed the heading in as the first line. */
export function sectionBody(section: SectionDef, text: string): string {
  const lines = narrativeLines(text);
  const first = lines[0];
  if (first !== undefined && (first === section.heading || section.headingVariants.includes(first))) return lines.slice(1).join('\n');
  return text;
}

function sectionChildren(project: Project, draft: boolean): ISectionOptions['children'] {
  const out: ISectionOptions['children'][number][] = [];
  for (const section of SECTIONS) {
    out.push(new Paragraph({ style: 'Heading1CN', children: [new TextRun(section.heading)] }));
    if (section.table) out.push(buildTable(section.table, project.cells, draft));
    const text = sectionBody(section, project.sections[section.id] ?? '');
    out.push(...narrativeParagraphs(text));
  }
  return out;
}

export async function buildDocx(project: Project, findings: readonly Finding[], options: DocxOptions): Promise<Buffer> {
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (errors > 0 && !options.draft) throw new DocxRefusedError(`报告尚有 ${errors} 处错误，只能导出草稿`);
  const doc = new Document({
    creator: '年报 Studio',
    title: reportTitle(project.meta.issuer, project.meta.year) + (options.draft ? DRAFT_TITLE_SUFFIX : ''),
    // Which version this is (文件 → 属性): the approval and the SHA-256 of the content.
    description: approvalStatement(project),
    customProperties: approvalProperties(project),
    styles: STYLES,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: PAGE.header,
              footer: PAGE.footer,
              gutter: 0,
            },
          },
        },
        footers: pageNumberFooters(),
        ...(options.draft ? { headers: draftHeaders(errors) } : {}),
        children: [...titleParagraphs(project, options.draft), ...narrativeParagraphs(project.meta.preamble), ...sectionChildren(project, options.draft), ...signatureParagraphs(project.meta.issuer, project.meta.publishDate)],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The approval as custom document properties, for tools that read them rather than the description. */
function approvalProperties(project: Project): { name: string; value: string }[] {
  const status = approvalStatus(project);
  const current = status?.current ?? contentFingerprint(project);
  if (!status) return [{ name: 'ContentSHA256', value: current }, { name: 'ReviewStatus', value: '未经审核通过' }];
  return [
    { name: 'ContentSHA256', value: current },
    { name: 'ApprovedSHA256', value: status.approved.fingerprint },
    { name: 'ApprovedBy', value: status.approved.by },
    { name: 'ApprovedAt', value: status.approved.at },
    { name: 'ReviewStatus', value: status.intact ? '审核通过' : '审核通过后已修改，待重新审核' },
  ];
}
