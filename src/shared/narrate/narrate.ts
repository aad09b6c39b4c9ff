// 生成段落: the standard sentences a report states about its own tables, written from the
// figures so that the prose cannot contradict them (the fault N-NUMBERS finds in published
// reports). Every term comes from the layout's labels; only the connecting words are ours.
// A generated paragraph is recognised later by its wording (the same sentence with any
// figures), so that it can be replaced when the numbers change, without a marker in the text.
import { cellKey } from '../layout/cells';
import { SECTION_BY_ID, type SectionId } from '../layout/sections';
import { T2_BLOCKS, T3_RESULT_GROUPS, T3_ROWS, T4_COLUMNS, T4_GROUPS, T4_SUIT_HEADING } from '../layout/tables';
import type { Project } from '../model/project';
import { numericValue } from '../values/cell-value';

/** The sections 生成段落 writes for, and which table each states. */
export const NARRATED_SECTIONS = ['overview', 'proactive', 'requests', 'litigation'] as const satisfies readonly SectionId[];
export type NarratedSection = (typeof NARRATED_SECTIONS)[number];

const row = (key: string) => T3_ROWS.find((r) => r.key === key)!;
/** 「一、本年新收政府信息公开申请数量」 → 「本年新收政府信息公开申请」. */
const stem = (label: string) => label.replace(/^[一二三四五六七八九十]+、/, '').replace(/^（[一二三四五六七]）/, '').replace(/数量$/, '').replace(/（.*）$/, '');
const fmt = (n: number) => String(Math.round(n * 1e4) / 1e4);

function t3Paragraph(p: Project): string {
  const v = (key: string) => fmt(numericValue(p.cells[cellKey('t3', key, 'total')]));
  const sum = (rows: readonly string[]) => fmt(rows.reduce((s, r) => s + numericValue(p.cells[cellKey('t3', r, 'total')]), 0));
  const results = [
    `${stem(row('granted').label)}${v('granted')}件`,
    `${stem(row('partlyGranted').label)}${v('partlyGranted')}件`,
    ...T3_RESULT_GROUPS.map((g) => `${stem(g.label)}${sum(g.rows)}件`),
  ];
  const resultsHeading = stem(row('granted').groups[0]!);
  return (
    `${stem(row('received').label)}${v('received')}件，${stem(row('carriedOver').label)}${v('carriedOver')}件；` +
    `${resultsHeading}：${results.join('，')}；${stem(row('carriedForward').label)}${v('carriedForward')}件。`
  );
}

function t2Paragraph(p: Project): string {
  const parts: string[] = [];
  for (const block of T2_BLOCKS) {
    for (const r of block.rows) {
      const figures = block.columns.map((c) => {
        const value = fmt(numericValue(p.cells[cellKey('t2', r.key, c.key)]));
        const unit = r.kind === 'money' ? '万元' : '件';
        return `${c.label.replace(/（单位：万元）$/, '').replace(/件数$|数量$/, '')}${value}${unit}`;
      });
      parts.push(`${r.label}${figures.join('、')}`);
    }
  }
  return `${parts.join('；')}。`;
}

function t4Paragraph(p: Project): string {
  const parts = T4_COLUMNS.filter((c) => !c.isTotal);
  const total = T4_COLUMNS.find((c) => c.isTotal)!;
  const v = (group: string, col: string) => fmt(numericValue(p.cells[cellKey('t4', group, col)]));
  const review = T4_GROUPS[0]!;
  const suits = T4_GROUPS.slice(1);
  const suitTotal = fmt(suits.reduce((s, g) => s + numericValue(p.cells[cellKey('t4', g.key, total.key)]), 0));
  const detail = (group: string) => parts.map((c) => `${c.label}${v(group, c.key)}起`).join('、');
  return (
    `${review.label}${v(review.key, total.key)}起，其中${detail(review.key)}；` +
    `${T4_SUIT_HEADING}${suitTotal}起，其中${suits.map((g) => `${g.label}${v(g.key, total.key)}起（${detail(g.key)}）`).join('，')}。`
  );
}

/** The paragraph 生成段落 writes for a section (一's is its 依申请公开 paragraph, from 表三). */
export function narrate(project: Project, section: NarratedSection): string {
  switch (section) {
    case 'overview':
    case 'requests':
      return t3Paragraph(project);
    case 'proactive':
      return t2Paragraph(project);
    case 'litigation':
      return t4Paragraph(project);
  }
}

/** Every generated paragraph, section by section (`nianbao narrate`). */
export function narrateAll(project: Project): { section: NarratedSection; heading: string; paragraph: string }[] {
  return NARRATED_SECTIONS.map((s) => ({ section: s, heading: SECTION_BY_ID[s].heading, paragraph: narrate(project, s) }));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SHAPES = new Map<NarratedSection, RegExp>();

/** The generated paragraph's wording with any figures: how an earlier generated paragraph is found. */
function shapeOf(project: Project, section: NarratedSection): RegExp {
  let re = SHAPES.get(section);
  if (!re) {
    const text = narrate(project, section);
    re = new RegExp(`^${text.split(/\d+(?:\.\d+)?/).map(escape).join('-?\\d+(?:\\.\\d+)?')}$`);
    SHAPES.set(section, re);
  }
  return re;
}

/** Index of the line holding a paragraph generated earlier (any figures), or −1. */
export function generatedLine(text: string, project: Project, section: NarratedSection): number {
  const shape = shapeOf(project, section);
  return text.split('\n').findIndex((l) => shape.test(l.trim()));
}

/**
 * The section's text with the generated paragraph written in: replacing the one generated
 * earlier, else inserted as its own line at `caret` (or at the end). Returns where the paragraph is.
 */
export function withGeneratedParagraph(text: string, project: Project, section: NarratedSection, caret: number | null): { text: string; start: number; end: number; replaced: boolean } {
  const paragraph = narrate(project, section);
  const lines = text.split('\n');
  const at = generatedLine(text, project, section);
  if (at >= 0) {
    lines[at] = paragraph;
    const start = lines.slice(0, at).reduce((n, l) => n + l.length + 1, 0);
    return { text: lines.join('\n'), start, end: start + paragraph.length, replaced: true };
  }
  const pos = caret ?? text.length;
  const before = text.slice(0, pos);
  const after = text.slice(pos);
  const lead = before === '' || before.endsWith('\n') ? '' : '\n';
  const trail = after === '' || after.startsWith('\n') ? '' : '\n';
  const start = before.length + lead.length;
  return { text: `${before}${lead}${paragraph}${trail}${after}`, start, end: start + paragraph.length, replaced: false };
}

/** Whether the section holds a generated paragraph whose figures no longer match the tables. */
export function generatedIsStale(text: string, project: Project, section: NarratedSection): boolean {
  const at = generatedLine(text, project, section);
  return at >= 0 && text.split('\n')[at]!.trim() !== narrate(project, section);
}
