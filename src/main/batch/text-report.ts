// What `nianbao aggregate` and `nianbao audit` print: a tally, then the units that need the
// office's attention (clean units are in the workbook, not on the screen).
import { UNIT_STATUSES, UNIT_STATUS_LABELS, countStatuses, parseExpectedList, type UnitRow } from '../../shared';
import { InputError, readInput } from '../files/read-input';
import { decodeText } from '../import/decode-text';
import type { BatchProgress } from './run';

const LIST_AT_MOST = 50;

export function statusTally(rows: readonly UnitRow[]): string {
  const counts = countStatuses(rows);
  const parts = UNIT_STATUSES.filter((s) => counts[s]).map((s) => `${UNIT_STATUS_LABELS[s]} ${counts[s]}`);
  return `共 ${rows.length} 个单位：${parts.join('，') || '无'}`;
}

/** One line per unit that is not clean, at most LIST_AT_MOST of them. */
export function attentionLines(rows: readonly UnitRow[]): string[] {
  const bad = rows.filter((r) => r.status !== 'clean' || (r.unverifiable ?? 0) > 0);
  const lines = bad.slice(0, LIST_AT_MOST).map((r) => {
    const where = r.file && r.file !== r.unit ? `（${r.file}）` : '';
    const counts = r.status === 'errors' || r.status === 'warnings' ? `错误 ${r.errors}，提示 ${r.warnings}${r.unverifiable ? `，无法判断 ${r.unverifiable}` : ''}` : '';
    const text = [counts, r.message].filter(Boolean).join('；');
    return `  [${UNIT_STATUS_LABELS[r.status]}] ${r.unit}${where}${text ? `：${text}` : ''}`;
  });
  if (bad.length > LIST_AT_MOST) lines.push(`  …另有 ${bad.length - LIST_AT_MOST} 个单位，详见工作簿`);
  return lines;
}

/** Said when a folder holds no report at all (a wrong folder is the likely cause). */
export function noReportsMessage(dir: string, ignored: number): string {
  const why = ignored ? `（另有 ${ignored} 个其他文件）` : '';
  return `文件夹 ${dir} 中没有找到报告文件${why}：支持年报 Studio 项目文件（.nianbao.json）和 .docx、.xlsx、.txt、.html 格式的报告`;
}

/** Reads the --expect list (one unit name a line). */
export async function readExpectedList(path: string): Promise<string[]> {
  let text: string;
  try {
    // Lists typed in Notepad on older Windows are GBK: decoded as imported reports are.
    text = decodeText(await readInput(path, 'textBytes')).text;
  } catch (e) {
    throw new InputError('io', `无法读取应报单位名单 ${path}：${(e as Error).message}`);
  }
  const names = parseExpectedList(text);
  if (!names.length) throw new Error(`应报单位名单 ${path} 中没有单位名称（每行一个单位）`);
  return names;
}

/** A progress line on the terminal (only when stderr is one, so logs stay clean). */
export function terminalProgress(): ((p: BatchProgress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (p.done !== p.total && now - last < 100) return;
    last = now;
    process.stderr.write(`\r正在读取和校验 ${p.done}/${p.total}${p.done === p.total ? '\n' : ''}`);
  };
}
