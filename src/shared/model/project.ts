// The report project file: one versioned JSON document, validated with zod.
// Types are derived from the schemas; nothing here is written twice.
import { z } from 'zod';
import { CELL_KEYS, isCellKey } from '../layout/cells';
import { NARRATIVE_SECTION_IDS, SECTION_IDS } from '../layout/sections';
import { CellValueSchema } from '../values/cell-value';
import { ISSUER_LEVELS, ISSUER_LEVEL_LABELS, IssuerLevelSchema, type IssuerLevel } from './issuer-level';
import { ProfileSchema } from './profile';

export const PROJECT_KIND = 'nianbao-project';
/** Version of the file layout. Bump it and add a migration in migrate.ts when it changes. */
export const SCHEMA_VERSION = 2;
/** Version of the statutory format the tables follow (国办公开办函〔2021〕30号). */
export const FORMAT_VERSION = '2021';

export { ISSUER_LEVELS, IssuerLevelSchema, ISSUER_LEVEL_LABELS, type IssuerLevel } from './issuer-level';

const LEVEL_BY_WORD = new Map<string, IssuerLevel>(ISSUER_LEVELS.flatMap((l) => [[ISSUER_LEVEL_LABELS[l], l] as const, [l, l] as const]));

/** An issuer level written as its code (department) or its Chinese name (部门); undefined otherwise. */
export function issuerLevelOf(text: string): IssuerLevel | undefined {
  return LEVEL_BY_WORD.get(text);
}

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD 格式');
const Timestamp = z.string().min(10).max(40);

export const ContactSchema = z
  .object({
    office: z.string().max(200).default(''),
    address: z.string().max(200).default(''),
    postcode: z.string().max(20).default(''),
    phone: z.string().max(100).default(''),
    email: z.string().max(200).default(''),
  })
  .strict();

export const MetaSchema = z
  .object({
    /** 发布机关 */
    issuer: z.string().max(200),
    issuerLevel: IssuerLevelSchema,
    /** 报告年度 */
    year: z.number().int().min(2008).max(2200),
    /** Unnumbered opening paragraph(s) before 一. */
    preamble: z.string().max(20000).default(''),
    /** 发布日期 */
    publishDate: IsoDate.nullable().default(null),
    contact: ContactSchema.default({ office: '', address: '', postcode: '', phone: '', email: '' }),
  })
  .strict();
export type Meta = z.infer<typeof MetaSchema>;

const sectionShape = Object.fromEntries(SECTION_IDS.map((id) => [id, z.string().max(200000).default('')])) as Record<
  (typeof SECTION_IDS)[number],
  z.ZodDefault<z.ZodString>
>;
export const SectionsSchema = z.object(sectionShape).strict();
export type Sections = z.infer<typeof SectionsSchema>;

export const CellsSchema = z.record(z.string(), CellValueSchema).superRefine((cells, ctx) => {
  for (const key of Object.keys(cells)) {
    if (!isCellKey(key)) ctx.addIssue({ code: 'custom', path: [key], message: `未知的单元格“${key}”` });
  }
});
export type Cells = Record<string, z.infer<typeof CellValueSchema>>;

/** A warning the clerk has explained. Keyed by rule and the values it judged, so it lapses when they change. */
export const AcknowledgementSchema = z
  .object({
    rule: z.string().min(1),
    fingerprint: z.string().min(1),
    reason: z.string().min(1).max(2000),
    by: z.string().max(100).default(''),
    at: Timestamp,
  })
  .strict();
export type Acknowledgement = z.infer<typeof AcknowledgementSchema>;

export const AnchorSchema = z.union([
  z.object({ type: z.literal('section'), section: z.enum(SECTION_IDS) }).strict(),
  z.object({ type: z.literal('preamble') }).strict(),
  z.object({ type: z.literal('cell'), cell: z.string().refine(isCellKey, '未知的单元格') }).strict(),
]);
export type Anchor = z.infer<typeof AnchorSchema>;

export const CommentSchema = z
  .object({
    id: z.string().min(1),
    anchor: AnchorSchema,
    text: z.string().min(1).max(5000),
    author: z.string().max(100),
    at: Timestamp,
    resolved: z.boolean().default(false),
    resolvedBy: z.string().max(100).optional(),
    resolvedAt: Timestamp.optional(),
    resolution: z.string().max(5000).optional(),
  })
  .strict();
export type Comment = z.infer<typeof CommentSchema>;

export const REVIEW_STATUSES = ['draft', 'returned', 'approved'] as const;
export const ReviewDecisionSchema = z
  .object({
    decision: z.enum(['returned', 'approved']),
    by: z.string().min(1).max(100),
    at: Timestamp,
    note: z.string().max(5000).default(''),
    /** For an approval: the SHA-256 of the approved content (ApprovedVersion.fingerprint). */
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  })
  .strict();
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

/**
 * The version a supervisor approved (审核通过), frozen: its content and the SHA-256 of that
 * content in canonical form (src/shared/review/approval.ts). Kept after later edits, so the
 * app can show what changed since approval and 撤销 back to it restores the approval.
 */
export const ApprovedVersionSchema = z
  .object({
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/, '审核通过版本的指纹应为 64 位十六进制 SHA-256'),
    by: z.string().min(1).max(100),
    at: Timestamp,
    content: z.object({ meta: MetaSchema, sections: SectionsSchema, cells: CellsSchema }).strict(),
  })
  .strict();
export type ApprovedVersion = z.infer<typeof ApprovedVersionSchema>;

export const ReviewSchema = z
  .object({
    status: z.enum(REVIEW_STATUSES).default('draft'),
    comments: z.array(CommentSchema).default([]),
    history: z.array(ReviewDecisionSchema).default([]),
    approved: ApprovedVersionSchema.optional(),
  })
  .strict();
export type Review = z.infer<typeof ReviewSchema>;

/** Last year's report as linked or imported: a snapshot, so checks are reproducible offline. */
export const PriorYearSchema = z
  .object({
    issuer: z.string().max(200),
    year: z.number().int(),
    /** Where it came from (file name), for the clerk's information. */
    source: z.string().max(1000).default(''),
    cells: CellsSchema,
    sections: SectionsSchema.partial().default({}),
  })
  .strict();
export type PriorYear = z.infer<typeof PriorYearSchema>;

export const ProjectSchema = z
  .object({
    kind: z.literal(PROJECT_KIND),
    schemaVersion: z.literal(SCHEMA_VERSION),
    formatVersion: z.literal(FORMAT_VERSION),
    meta: MetaSchema,
    sections: SectionsSchema,
    cells: CellsSchema,
    acknowledgements: z.array(AcknowledgementSchema).default([]),
    review: ReviewSchema.default({ status: 'draft', comments: [], history: [] }),
    prior: PriorYearSchema.nullable().default(null),
    /** 本地要求: the local requirement profile the report is checked against (absent: national only). */
    profile: ProfileSchema.optional(),
    /**
     * Cells the importer could not read from the published report (a row not found, a copy
     * cut off, columns that could not be told), as distinct from cells published blank. While
     * such a cell stays blank, a rule that needs it cannot judge (severity `unverifiable`).
     * Absent in projects not imported, and in files written before it existed.
     */
    unread: z
      .array(z.string().refine(isCellKey, '未知的单元格'))
      .optional(),
    /**
     * Narrative sections (一、五、六) the importer could not read because the copy stops before
     * them: no later heading and no 落款. While such a section stays empty, what a rule says of
     * its content cannot be judged (severity `unverifiable`), as for unread cells.
     */
    unreadSections: z.array(z.enum(SECTION_IDS).refine((id) => NARRATIVE_SECTION_IDS.includes(id), '只有第一、五、六部分可以标为未读出')).optional(),
  })
  .strict();
export type Project = z.infer<typeof ProjectSchema>;

/** Every cell blank, in layout order: copied (a spread is ~100× cheaper than rebuilding it per project). */
const EMPTY_CELLS: Readonly<Cells> = Object.fromEntries(CELL_KEYS.map((k) => [k, null]));

export function emptyCells(): Cells {
  return { ...EMPTY_CELLS };
}

const EMPTY_SECTIONS = Object.fromEntries(SECTION_IDS.map((id) => [id, ''])) as Sections;

export function emptySections(): Sections {
  return { ...EMPTY_SECTIONS };
}

export function createProject(init: { issuer: string; year: number; issuerLevel: IssuerLevel }): Project {
  return {
    kind: PROJECT_KIND,
    schemaVersion: SCHEMA_VERSION,
    formatVersion: FORMAT_VERSION,
    meta: {
      issuer: init.issuer,
      issuerLevel: init.issuerLevel,
      year: init.year,
      preamble: '',
      publishDate: null,
      contact: { office: '', address: '', postcode: '', phone: '', email: '' },
    },
    sections: emptySections(),
    cells: emptyCells(),
    acknowledgements: [],
    review: { status: 'draft', comments: [], history: [] },
    prior: null,
  };
}
