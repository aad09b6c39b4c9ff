// Every numeric cell of the report, in official reading order, with the labels that
// name it. Cell keys are the public data contract of spec §6: `table.row.column`.
import {
  T2_BLOCKS,
  T3_COLUMNS,
  T3_ROWS,
  T4_COLUMNS,
  T4_GROUPS,
  T3_RESULT_PART_ROWS,
  type CellKind,
} from './tables';

export type TableId = 't2' | 't3' | 't4';

export const TABLE_NAMES: Readonly<Record<TableId, string>> = {
  t2: '表二（主动公开政府信息情况）',
  t3: '表三（收到和处理政府信息公开申请情况）',
  t4: '表四（政府信息公开行政复议、行政诉讼情况）',
};

/**
 * The one way to name a cell: `table.row.column` (spec §6), e.g. `t3.denied.stateSecret.total`.
 * Row keys may themselves contain a dot; column keys never do.
 */
export function cellKey(table: TableId, row: string, col: string): string {
  return `${table}.${row}.${col}`;
}

export const TABLE_SHORT_NAMES: Readonly<Record<TableId, string>> = { t2: '表二', t3: '表三', t4: '表四' };

export interface CellDef {
  readonly key: string;
  readonly table: TableId;
  readonly rowKey: string;
  readonly colKey: string;
  readonly rowLabel: string;
  readonly colLabel: string;
  /** Short row reference for messages (表三 uses 一/二/（一）…; other tables repeat the row label). */
  readonly rowRef: string;
  readonly kind: CellKind;
  /** Derived (总计) cells: the keys whose sum they hold. Nobody should type these. */
  readonly sumOf?: readonly string[];
  /** Position in official order (0-based). */
  readonly index: number;
}

function buildCells(): CellDef[] {
  const out: Omit<CellDef, 'index'>[] = [];
  for (const block of T2_BLOCKS) {
    for (const row of block.rows) {
      for (const col of block.columns) {
        out.push({
          key: cellKey('t2', row.key, col.key),
          table: 't2',
          rowKey: row.key,
          colKey: col.key,
          rowLabel: row.label,
          colLabel: col.label,
          rowRef: row.label,
          kind: row.kind,
        });
      }
    }
  }
  const t3Parts = T3_COLUMNS.filter((c) => !c.isTotal);
  for (const row of T3_ROWS) {
    for (const col of T3_COLUMNS) {
      let sumOf: string[] | undefined;
      if (col.isTotal) sumOf = t3Parts.map((c) => cellKey('t3', row.key, c.key));
      else if (row.isTotal) sumOf = T3_RESULT_PART_ROWS.map((r) => cellKey('t3', r, col.key));
      out.push({
        key: cellKey('t3', row.key, col.key),
        table: 't3',
        rowKey: row.key,
        colKey: col.key,
        rowLabel: row.label,
        colLabel: col.label,
        rowRef: row.ref,
        kind: 'count',
        ...(sumOf ? { sumOf } : {}),
      });
    }
  }
  const t4Parts = T4_COLUMNS.filter((c) => !c.isTotal);
  for (const group of T4_GROUPS) {
    for (const col of T4_COLUMNS) {
      out.push({
        key: cellKey('t4', group.key, col.key),
        table: 't4',
        rowKey: group.key,
        colKey: col.key,
        rowLabel: group.fullLabel,
        colLabel: col.label,
        rowRef: group.fullLabel,
        kind: 'count',
        ...(col.isTotal ? { sumOf: t4Parts.map((c) => cellKey('t4', group.key, c.key)) } : {}),
      });
    }
  }
  return out.map((c, index) => ({ ...c, index }));
}

/** All cells in official order: 表二, 表三 row by row, 表四 group by group. */
export const CELLS: readonly CellDef[] = buildCells();

export const CELL_KEYS: readonly string[] = CELLS.map((c) => c.key);

const BY_KEY: ReadonlyMap<string, CellDef> = new Map(CELLS.map((c) => [c.key, c]));

export function cellDef(key: string): CellDef | undefined {
  return BY_KEY.get(key);
}

export function isCellKey(key: string): boolean {
  return BY_KEY.has(key);
}

/** Cells that are computed from others (every 总计). */
export const DERIVED_CELLS: readonly CellDef[] = CELLS.filter((c) => c.sumOf);

/**
 * A place in words, for messages: 「表三 （三）1.属于国家秘密 · 自然人」.
 * Table 三's result rows carry their group so that 「1.属于国家秘密」 is unambiguous.
 */
export function describeCell(key: string): string {
  const c = BY_KEY.get(key);
  if (!c) return key;
  if (c.table === 't3') {
    const row = c.rowRef.length > 2 && /^（[三四五六]）\d$/.test(c.rowRef) ? `${c.rowRef.slice(0, 3)}${c.rowLabel}` : c.rowLabel;
    return `${TABLE_SHORT_NAMES.t3} ${row} · ${c.colLabel}`;
  }
  return `${TABLE_SHORT_NAMES[c.table]} ${c.rowLabel} · ${c.colLabel}`;
}
