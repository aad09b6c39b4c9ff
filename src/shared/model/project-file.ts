// Reading and writing the project file. Loading never throws: whatever the text, the caller
// gets either a project or a Chinese message saying what is wrong and where.
import type { z } from 'zod';
import { CELL_KEYS, describeCell, isCellKey } from '../layout/cells';
import { SECTION_BY_ID, type SectionId } from '../layout/sections';
import { migrate } from './migrate';
import { PROJECT_KIND, ProjectSchema, SCHEMA_VERSION, emptyCells, type Project } from './project';

export interface LoadProblem {
  /** Where, in words: 「表三 一、本年新收政府信息公开申请数量 · 自然人」, 「基本信息 · 报告年度」. */
  place: string;
  /** JSON path inside the file. */
  path: string;
  message: string;
}

export type LoadResult =
  | { ok: true; project: Project; migratedFrom?: number }
  | { ok: false; code: 'not-json' | 'not-project' | 'newer-version' | 'invalid'; message: string; problems: LoadProblem[] };

/** The clerk's names of the meta fields (also used by the app's 撤销 labels). */
export const META_NAMES: Record<string, string> = {
  issuer: '发布机关',
  issuerLevel: '机关类型',
  year: '报告年度',
  preamble: '前言',
  publishDate: '发布日期',
  contact: '联系方式',
};

/** The contact fields as the form and the 前言's placeholders (【地址】【电话】…) name them. */
export const CONTACT_NAMES: Readonly<Record<'office' | 'address' | 'postcode' | 'phone' | 'email', string>> = {
  office: '联系机构',
  address: '地址',
  postcode: '邮编',
  phone: '电话',
  email: '电子邮箱',
};

/** Turns a JSON path into words a clerk understands. */
export function describePath(path: readonly PropertyKey[]): string {
  const [head, second, ...rest] = path.map(String);
  switch (head) {
    case 'meta':
      return `基本信息 · ${META_NAMES[second ?? ''] ?? second ?? ''}${rest.length ? ` · ${rest.join('.')}` : ''}`;
    case 'sections':
      return second && second in SECTION_BY_ID ? SECTION_BY_ID[second as SectionId].heading : '正文';
    case 'cells':
      return second && isCellKey(second) ? describeCell(second) : `表格单元格 ${second ?? ''}`.trim();
    case 'acknowledgements':
      return `已确认的提示 第 ${Number(second) + 1} 条`;
    case 'review':
      return second === 'comments' && rest[0] !== undefined ? `审核意见 第 ${Number(rest[0]) + 1} 条` : '审核信息';
    case 'prior':
      return '上年度报告';
    default:
      return head ?? '文件';
  }
}

function zodMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '缺少此项' : `类型不正确（应为${typeName(issue.expected)}）`;
    case 'invalid_value':
      return '取值不在允许范围内';
    case 'unrecognized_keys':
      return `含有无法识别的字段：${issue.keys.join('、')}`;
    case 'too_small':
      return issue.origin === 'string' ? '不能为空' : `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' ? `长度不能超过 ${String(issue.maximum)}` : `不能大于 ${String(issue.maximum)}`;
    case 'invalid_union':
      return '取值不是数字、空白、“不适用”或原样保留的文字';
    case 'invalid_format':
      return '格式不正确';
    default:
      return issue.message;
  }
}

function typeName(t: string): string {
  return ({ string: '文字', number: '数字', boolean: '是/否', object: '对象', array: '列表' } as Record<string, string>)[t] ?? t;
}

/**
 * Where JSON.parse gave up, without quoting the text: V8's message cites the file's first
 * characters, and a message must never carry a file's content (it may not be a report at all).
 */
function jsonErrorPlace(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : '';
  const at = /at position (\d+)/.exec(message);
  if (at) {
    const before = text.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    return `第 ${line} 行第 ${before.length - before.lastIndexOf('\n')} 列附近格式错误`;
  }
  return /end of JSON input/i.test(message) ? '文件在中途结束' : '格式错误';
}

/** Parse, migrate and validate a project file's text. */
export function loadProject(text: string): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return {
      ok: false,
      code: 'not-json',
      message: `文件已损坏或不是年报 Studio 项目文件：无法读取 JSON（${jsonErrorPlace(text, e)}）。`,
      problems: [],
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { kind?: unknown }).kind !== PROJECT_KIND) {
    return {
      ok: false,
      code: 'not-project',
      message: '该文件不是年报 Studio 项目文件（缺少 "kind": "nianbao-project" 标记）。如需读取 Word、Excel 或网页版年报，请使用“导入”。',
      problems: [],
    };
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, code: 'invalid', message: '项目文件缺少有效的格式版本号（schemaVersion）。', problems: [] };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      code: 'newer-version',
      message: `该文件由更新版本的年报 Studio 保存（文件格式版本 ${version}，本程序支持到 ${SCHEMA_VERSION}）。请升级年报 Studio 后再打开；文件未作任何改动。`,
      problems: [],
    };
  }
  const migrated = version < SCHEMA_VERSION ? migrate(data as Record<string, unknown>, version) : data;
  // reportInput: zod omits the offending value otherwise, and a wrong type would read as "missing".
  const parsed = ProjectSchema.safeParse(migrated, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 50).map((issue) => ({
      place: describePath(issue.path),
      path: issue.path.map(String).join('.'),
      message: zodMessage(issue),
    }));
    const first = problems[0]!;
    const more = parsed.error.issues.length > 1 ? `（共 ${parsed.error.issues.length} 处问题）` : '';
    return {
      ok: false,
      code: 'invalid',
      message: `项目文件内容有误，未能打开${more}：${first.place}：${first.message}。`,
      problems,
    };
  }
  const project = parsed.data;
  // Cells missing from the file are blank, never 0.
  project.cells = { ...emptyCells(), ...project.cells };
  return version < SCHEMA_VERSION ? { ok: true, project, migratedFrom: version } : { ok: true, project };
}

/** The file's text: stable key order (cells in official order), so diffs between versions are readable. */
export function serializeProject(project: Project): string {
  const cells = Object.fromEntries(CELL_KEYS.map((k) => [k, project.cells[k] ?? null]));
  return `${JSON.stringify({ ...project, cells }, null, 2)}\n`;
}
