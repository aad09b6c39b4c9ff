// Turning a rejected IPC input into one Chinese sentence naming the place. Paths inside a
// project are described the way the project loader describes them (表三 … · 自然人).
import { z } from 'zod';
import { describePath } from '../../shared';

const zhCN = z.locales.zhCN().localeError;

const FIELD_NAMES: Record<string, string> = {
  path: '文件路径',
  defaultPath: '默认位置',
  projectPath: '项目文件路径',
  expectedStamp: '文件标记',
  recoveryKey: '恢复草稿标识',
  key: '恢复草稿标识',
  issuer: '发布机关',
  year: '报告年度',
  issuerLevel: '机关类型',
  format: '导出格式',
  draft: '草稿标记',
  name: '文件名',
  dirty: '未保存标记',
  force: '强制关闭标记',
  message: '提示内容',
  confirm: '确认按钮',
  cancel: '取消按钮',
  alternate: '第三个按钮',
  runId: '任务标识',
  kind: '任务类型',
  dir: '文件夹',
  fallbackYear: '默认年度',
  expected: '应报单位名单',
};

function placeOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '参数';
  const [head, ...rest] = path;
  if (head === 'project') return rest.length ? `项目内容 · ${describePath(rest)}` : '项目内容';
  return FIELD_NAMES[String(head)] ?? String(head);
}

/** Parses with Chinese messages from zod's zh-CN locale (schema-specific messages win). */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): { ok: true; data: z.output<T> } | { ok: false; problems: string[] } {
  const parsed = schema.safeParse(input, { error: zhCN });
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, problems: parsed.error.issues.slice(0, 20).map((i) => `${placeOf(i.path)}：${i.message}`) };
}
