// The editable positions of a table as the form lays it out (from GRIDS), and the two things
// the keyboard and the clipboard need from them: where a key press moves the focus, and which
// cells a pasted block lands on.
import { GRIDS, isDerivedCell, parseCellInput, type CellValue, type TableId } from '../../../shared';

export interface Position {
  readonly key: string;
  /** Grid row and column (as in GRIDS), for vertical moves across rows of different widths. */
  readonly gridRow: number;
  readonly gridCol: number;
  readonly colSpan: number;
  /** Index among the rows that hold values, and among the value cells of that row. */
  readonly rowIndex: number;
  readonly colIndex: number;
  readonly derived: boolean;
}

export interface GridModel {
  readonly table: TableId;
  readonly rows: readonly (readonly Position[])[];
  readonly byKey: ReadonlyMap<string, Position>;
  /** Every position in reading order. */
  readonly order: readonly Position[];
}

function build(table: TableId): GridModel {
  const rows: Position[][] = [];
  for (const cells of GRIDS[table].rows) {
    const values = cells.filter((c) => c.type === 'value').sort((a, b) => a.col - b.col);
    if (values.length === 0) continue;
    const rowIndex = rows.length;
    rows.push(
      values.map((c, colIndex) => ({
        key: c.key,
        gridRow: c.row,
        gridCol: c.col,
        colSpan: c.colSpan,
        rowIndex,
        colIndex,
        derived: isDerivedCell(c.key),
      })),
    );
  }
  const order = rows.flat();
  return { table, rows, order, byKey: new Map(order.map((p) => [p.key, p])) };
}

const MODELS = new Map<TableId, GridModel>();

export function gridModel(table: TableId): GridModel {
  let m = MODELS.get(table);
  if (!m) MODELS.set(table, (m = build(table)));
  return m;
}

export type Move = 'up' | 'down' | 'left' | 'right' | 'next' | 'prev' | 'enter' | 'enterUp' | 'rowStart' | 'rowEnd' | 'first' | 'last' | 'pageUp' | 'pageDown';

/** Rows a PageUp / PageDown moves (about what a 1366×768 screen shows of 表三). */
export const PAGE_ROWS = 10;

/** The cell in a neighbouring value row that sits under/over `from` (or the nearest one). */
function vertical(model: GridModel, from: Position, step: 1 | -1): Position | undefined {
  const row = model.rows[from.rowIndex + step];
  if (!row) return undefined;
  const covering = row.find((p) => p.gridCol <= from.gridCol && from.gridCol < p.gridCol + p.colSpan);
  if (covering) return covering;
  return [...row].sort((a, b) => Math.abs(a.gridCol - from.gridCol) - Math.abs(b.gridCol - from.gridCol))[0];
}

/**
 * Where the focus goes. Arrows visit every cell, totals included (they can be read and
 * explain themselves); Tab and Enter skip the computed totals because nothing can be typed there.
 */
export function move(model: GridModel, key: string, how: Move): string | undefined {
  const from = model.byKey.get(key);
  if (!from) return undefined;
  switch (how) {
    case 'up':
    case 'down':
      return vertical(model, from, how === 'up' ? -1 : 1)?.key;
    case 'left':
    case 'right':
      return model.rows[from.rowIndex]![from.colIndex + (how === 'left' ? -1 : 1)]?.key;
    case 'enter':
    case 'enterUp': {
      let p: Position | undefined = from;
      do p = vertical(model, p, how === 'enter' ? 1 : -1);
      while (p && p.derived);
      return p?.key;
    }
    case 'rowStart':
      return model.rows[from.rowIndex]![0]!.key;
    case 'rowEnd':
      return model.rows[from.rowIndex]!.at(-1)!.key;
    // Ctrl+Home / Ctrl+End: the first and last cells that can be typed into.
    case 'first':
      return model.order.find((p) => !p.derived)?.key;
    case 'last':
      return [...model.order].reverse().find((p) => !p.derived)?.key;
    case 'pageUp':
    case 'pageDown': {
      let p: Position = from;
      for (let i = 0; i < PAGE_ROWS; i++) p = vertical(model, p, how === 'pageUp' ? -1 : 1) ?? p;
      return p.key;
    }
    case 'next':
    case 'prev': {
      const step = how === 'next' ? 1 : -1;
      let i = model.order.indexOf(from) + step;
      while (model.order[i]?.derived) i += step;
      return model.order[i]?.key;
    }
  }
}

export interface PastePlan {
  /** Cells to write, each value parsed as if typed. */
  readonly updates: Readonly<Record<string, CellValue>>;
  /** Pasted values that fell on a computed 总计 and were not written. */
  readonly skippedDerived: number;
  /** Pasted values beyond the table's last row or column. */
  readonly outside: number;
}

/**
 * A block pasted at `startKey` fills the table the way it is laid out: the i-th pasted row goes
 * to the i-th value row below, the j-th pasted value to the j-th value cell to the right.
 */
export function planPaste(model: GridModel, startKey: string, block: readonly (readonly string[])[]): PastePlan {
  const start = model.byKey.get(startKey);
  const updates: Record<string, CellValue> = {};
  let skippedDerived = 0;
  let outside = 0;
  if (!start) return { updates, skippedDerived, outside: block.flat().length };
  block.forEach((values, i) => {
    const row = model.rows[start.rowIndex + i];
    values.forEach((text, j) => {
      const target = row?.[start.colIndex + j];
      if (!target) outside++;
      else if (target.derived) skippedDerived++;
      else updates[target.key] = parseCellInput(text);
    });
  });
  return { updates, skippedDerived, outside };
}
