// The approved version of a report and what has changed since. 审核通过 freezes the report's
// content (meta, prose, cells) with its fingerprint: SHA-256 over a canonical serialisation, so
// the same content always gives the same 64 hex digits — in the app, the CLI, the .docx/.xlsx
// properties — whatever the key order of the file or the platform. Comments, acknowledgements,
// the review record and the prior-year link are not content: they may change without touching it.
import { CELL_KEYS, describeCell } from '../layout/cells';
import { isDerivedCell } from '../validation/derive';
import { SECTIONS } from '../layout/sections';
import { CONTACT_NAMES, META_NAMES } from '../model/project-file';
import type { ApprovedVersion, Project } from '../model/project';
import { formatCellValue, type CellValue } from '../values/cell-value';
import { sha256Hex } from './sha256';

export type ReportContent = ApprovedVersion['content'];

/** Bump when the canonical form changes; part of what is hashed. */
const CANONICAL_VERSION = 'nianbao-content/1';

function stable(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  const keys = Object.keys(value as object).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

export function reportContent(project: Pick<Project, 'meta' | 'sections' | 'cells'>): ReportContent {
  return structuredClone({ meta: project.meta, sections: project.sections, cells: project.cells });
}

/** The canonical text that is hashed: every cell of the layout (blank as null), keys sorted. */
export function canonicalContent(content: Pick<Project, 'meta' | 'sections' | 'cells'>): string {
  const cells = Object.fromEntries(CELL_KEYS.map((k) => [k, content.cells[k] ?? null]));
  return `${CANONICAL_VERSION}\n${stable({ meta: content.meta, sections: content.sections, cells })}`;
}

/** SHA-256 of the canonical content, 64 lower-case hex digits. */
export function contentFingerprint(content: Pick<Project, 'meta' | 'sections' | 'cells'>): string {
  return sha256Hex(canonicalContent(content));
}

/** The fingerprint as people compare it: groups of 4, e.g. 3f2a 9c01 …, first 16 digits. */
export function shortFingerprint(fp: string): string {
  return fp.slice(0, 16).replace(/(.{4})(?!$)/g, '$1 ');
}

const sameValue = (a: CellValue | undefined, b: CellValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Whether the report's content is exactly the approved version (cheap: no hashing). */
export function isApprovedContent(approved: ApprovedVersion, project: Pick<Project, 'meta' | 'sections' | 'cells'>): boolean {
  if (stable(approved.content.meta) !== stable(project.meta) || stable(approved.content.sections) !== stable(project.sections)) return false;
  return CELL_KEYS.every((k) => sameValue(approved.content.cells[k], project.cells[k]));
}

export interface ContentChange {
  /** Where: 表三 一、本年新收… · 自然人, 一、总体情况 第 3 段, 基本信息 · 发布日期. */
  readonly place: string;
  readonly kind: 'cell' | 'paragraph' | 'field';
  /** Empty when the paragraph or value was added. */
  readonly before: string;
  /** Empty when it was removed. */
  readonly after: string;
  /** What to focus: a cell key, a section id, or a meta field name. */
  readonly target: { readonly cell: string } | { readonly section: string } | { readonly field: string };
}

const showCell = (v: CellValue | undefined) => (v === null || v === undefined ? '（空）' : formatCellValue(v));

/** Paragraph-level diff of two texts: unchanged paragraphs aligned (LCS), changed ones paired old → new. */
export function paragraphChanges(before: string, after: string): { index: number; before: string; after: string }[] {
  const a = before.split('\n').map((l) => l.trim()).filter(Boolean);
  const b = after.split('\n').map((l) => l.trim()).filter(Boolean);
  const n = a.length;
  const m = b.length;
  // LCS table; reports have at most a few hundred paragraphs per section.
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: { index: number; before: string; after: string }[] = [];
  let i = 0;
  let j = 0;
  let removed: string[] = [];
  let added: string[] = [];
  let at = 0;
  const flush = () => {
    const k = Math.max(removed.length, added.length);
    for (let x = 0; x < k; x++) out.push({ index: at + x + 1, before: removed[x] ?? '', after: added[x] ?? '' });
    removed = [];
    added = [];
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      i++;
      j++;
      at = j;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      added.push(b[j++]!);
    } else {
      removed.push(a[i++]!);
    }
  }
  flush();
  return out;
}

const META_FIELDS = ['issuer', 'issuerLevel', 'year', 'publishDate', 'preamble'] as const;
const CONTACT_FIELDS = Object.keys(CONTACT_NAMES) as (keyof typeof CONTACT_NAMES)[];

/** Everything that differs between the approved version and the report now, in report order. */
export function changesSince(approved: ReportContent, project: Pick<Project, 'meta' | 'sections' | 'cells'>): ContentChange[] {
  const out: ContentChange[] = [];
  for (const f of META_FIELDS) {
    const was = approved.meta[f];
    const now = project.meta[f];
    if (stable(was) === stable(now)) continue;
    if (f === 'preamble') {
      for (const c of paragraphChanges(String(was ?? ''), String(now ?? ''))) {
        out.push({ place: `前言 第 ${c.index} 段`, kind: 'paragraph', before: c.before, after: c.after, target: { field: 'preamble' } });
      }
    } else {
      out.push({ place: `基本信息 · ${META_NAMES[f] ?? f}`, kind: 'field', before: String(was ?? ''), after: String(now ?? ''), target: { field: f } });
    }
  }
  for (const f of CONTACT_FIELDS) {
    const was = approved.meta.contact[f];
    const now = project.meta.contact[f];
    if (was !== now) out.push({ place: `基本信息 · ${CONTACT_NAMES[f]}`, kind: 'field', before: was, after: now, target: { field: f } });
  }
  for (const s of SECTIONS) {
    if (s.table) {
      for (const k of CELL_KEYS) {
        // Totals follow from their parts: the list names what was typed.
        if (!k.startsWith(`${s.table}.`) || isDerivedCell(k) || sameValue(approved.cells[k], project.cells[k])) continue;
        out.push({ place: describeCell(k), kind: 'cell', before: showCell(approved.cells[k]), after: showCell(project.cells[k]), target: { cell: k } });
      }
    } else if (approved.sections[s.id] !== project.sections[s.id]) {
      for (const c of paragraphChanges(approved.sections[s.id], project.sections[s.id])) {
        out.push({ place: `${s.heading} 第 ${c.index} 段`, kind: 'paragraph', before: c.before, after: c.after, target: { section: s.id } });
      }
    }
  }
  return out;
}

export interface ApprovalStatus {
  readonly approved: ApprovedVersion;
  /** The fingerprint of the report as it is now. */
  readonly current: string;
  /** The report is still exactly what was approved. */
  readonly intact: boolean;
}

/** The last approval and whether the report still is that version; undefined when never approved. */
export function approvalStatus(project: Project): ApprovalStatus | undefined {
  const approved = project.review.approved;
  if (!approved) return undefined;
  const current = contentFingerprint(project);
  return { approved, current, intact: current === approved.fingerprint };
}

/**
 * One line on the approval for documents and the CLI: who approved which version (its
 * fingerprint), or that the report was edited since, or that it was never approved — always
 * with the fingerprint of the content as it is now.
 */
export function approvalStatement(project: Project): string {
  const status = approvalStatus(project);
  if (!status) return `未经审核通过；当前内容指纹 SHA-256：${contentFingerprint(project)}`;
  const who = `${status.approved.by}，${status.approved.at}`;
  if (status.intact) return `审核通过（${who}）；内容指纹 SHA-256：${status.approved.fingerprint}`;
  return `审核通过后已修改，待重新审核：审核通过版本（${who}）指纹 SHA-256：${status.approved.fingerprint}；当前内容指纹 SHA-256：${status.current}`;
}
