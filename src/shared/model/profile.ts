// 本地要求: a local requirement profile. Prefectures add their own content rules to the national
// format each year (a length limit for 总体情况, counts it must state, the sub-items of 六,
// earlier deadlines, stricter severities). A profile is a JSON file checked with this schema;
// the project stores the one it is checked against, so every machine judges it the same way.
import { z } from 'zod';
import { SECTION_IDS, NARRATIVE_SECTION_IDS, type SectionId } from '../layout/sections';
import { ISSUER_LEVELS } from './issuer-level';

export const PROFILE_KIND = 'nianbao-profile';

/** 「01-20」: a day of the year after the report year. */
const MonthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '应为“月-日”格式，如 01-20');

/** Something a section must say, in any of several wordings. */
export const RequiredElementSchema = z
  .object({
    /** Short Chinese name, shown first (e.g. 政策解读数量). */
    title: z.string().min(1).max(40),
    /** Any one of these, found in the section, satisfies the requirement. */
    phrasings: z.array(z.string().min(1).max(60)).min(1, '至少写一种表述'),
    /** Shown when none is found. */
    message: z.string().min(1).max(300),
  })
  .strict();
export type RequiredElement = z.infer<typeof RequiredElementSchema>;

const SectionRequirementsSchema = z
  .object({
    /** Most characters the section may have (spaces and line breaks not counted). */
    maxChars: z.number().int().positive().optional(),
    required: z.array(RequiredElementSchema).optional(),
  })
  .strict();

const sectionShape = Object.fromEntries(SECTION_IDS.map((id) => [id, SectionRequirementsSchema.optional()])) as Record<
  SectionId,
  z.ZodOptional<typeof SectionRequirementsSchema>
>;

export const ProfileSchema = z
  .object({
    kind: z.literal(PROFILE_KIND),
    /** 「武威市2025年度报告编制要求」 */
    name: z.string().min(1).max(100),
    version: z.string().min(1).max(40),
    /** The report year the requirements are for. */
    year: z.number().int().min(2008).max(2200),
    /** The notice it is built from (title and 文号), for whoever reads the file. */
    source: z.string().max(300).optional(),
    sections: z.object(sectionShape).strict().optional(),
    /** Sub-items section 六 must carry. */
    otherItems: z.array(RequiredElementSchema).optional(),
    /** Latest publication date per issuer level, in the year after the report year. */
    deadlines: z.object(Object.fromEntries(ISSUER_LEVELS.map((l) => [l, MonthDay.optional()])) as Record<(typeof ISSUER_LEVELS)[number], z.ZodOptional<typeof MonthDay>>).strict().optional(),
    /** Rules whose warnings the locality treats as errors. */
    severity: z.record(z.string().regex(/^[A-Z][A-Z0-9-]+$/, '应为规则编号，如 N-FEE-ZERO'), z.literal('error')).optional(),
  })
  .strict();
export type Profile = z.infer<typeof ProfileSchema>;

/** Sections whose length or wording a profile may require (the prose sections). */
export const PROFILE_TEXT_SECTIONS: readonly SectionId[] = NARRATIVE_SECTION_IDS;

/** A field path in words: 「sections.overview.maxChars」 → 「sections → overview → maxChars」. */
function fieldOf(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '（整个文件）';
}

const TYPE_NAMES: Readonly<Record<string, string>> = { number: '数字', string: '文字', object: '对象 {…}', array: '列表 […]', boolean: 'true 或 false' };

/** Zod's issue in Chinese: the field and the reason. */
function reasonOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // Zod keeps no input in its issues: its message says what was received.
      return /received undefined/.test(issue.message) ? '缺少此项' : `类型不对，应为 ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'unrecognized_keys':
      return `不认识的字段 ${issue.keys.join('、')}`;
    case 'too_small':
      return issue.origin === 'array' ? `至少 ${String(issue.minimum)} 项` : issue.origin === 'string' ? '不能为空' : `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' ? `太长（最多 ${String(issue.maximum)} 个字符）` : `不能大于 ${String(issue.maximum)}`;
    case 'invalid_value':
      return `应为 ${issue.values.map((v) => JSON.stringify(v)).join(' 或 ')}`;
    default:
      return issue.message;
  }
}

export type ProfileParse = { ok: true; profile: Profile } | { ok: false; message: string; problems: string[] };

/**
 * A profile file's text → a profile, or the Chinese reason naming each field that fails.
 * knownRules: rule ids that exist, so a severity for a misspelt rule is refused rather than ignored.
 */
export function parseProfile(text: string, knownRules: readonly string[]): ProfileParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `本地要求文件不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`, problems: [] };
  }
  const r = ProfileSchema.safeParse(data);
  const problems = r.success ? [] : r.error.issues.map((i) => `${fieldOf(i.path)}：${reasonOf(i)}`);
  if (r.success) {
    for (const rule of Object.keys(r.data.severity ?? {})) {
      if (!knownRules.includes(rule)) problems.push(`severity.${rule}：没有编号为 ${rule} 的规则`);
    }
    for (const id of SECTION_IDS) {
      if (r.data.sections?.[id] && !PROFILE_TEXT_SECTIONS.includes(id)) problems.push(`sections.${id}：第二至四部分只填表格，不能设字数或内容要求`);
    }
  }
  if (problems.length || !r.success) return { ok: false, message: `本地要求文件有误：${problems.join('；')}`, problems };
  return { ok: true, profile: r.data };
}
