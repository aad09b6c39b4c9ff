// The tables as printed: a grid of cells with their merges (rowSpan/colSpan), computed from
// the definitions in tables.ts. The form editor, .docx and .xlsx all lay tables out from this,
// so a merge is defined once.
import { cellKey, type TableId } from './cells';
import {
  T2_BLOCKS,
  T3_APPLICANT_HEADING,
  T3_COLUMNS,
  T3_LABEL_COLUMNS,
  T3_NOTE,
  T3_ORG_COLUMN_KEYS,
  T3_ORG_HEADING,
  T3_ROWS,
  T4_COLUMNS,
  T4_GROUPS,
  T4_REVIEW_HEADING,
  T4_SUIT_HEADING,
} from './tables';

export type GridCell =
  | {
      readonly type: 'label';
      readonly text: string;
      /** Header cells (column headings) vs. row labels / block headings in the body. */
      readonly role: 'header' | 'rowLabel' | 'blockHeading';
      readonly row: number;
      readonly col: number;
      readonly rowSpan: number;
      readonly colSpan: number;
    }
  | {
      readonly type: 'value';
      readonly key: string;
      readonly row: number;
      readonly col: number;
      readonly rowSpan: 1;
      readonly colSpan: number;
    };

export interface TableGrid {
  readonly table: TableId;
  readonly columns: number;
  /** Number of leading header rows (repeated on each printed page). */
  readonly headerRows: number;
  /** rows[r] lists the cells whose top-left corner is in row r, left to right. */
  readonly rows: readonly (readonly GridCell[])[];
  /** Relative column widths, for exporters and the form (sum is arbitrary). */
  readonly columnWeights: readonly number[];
}

type Draft = Omit<Extract<GridCell, { type: 'label' }>, 'row'> | Omit<Extract<GridCell, { type: 'value' }>, 'row'>;

function finish(table: TableId, columns: number, headerRows: number, draftRows: Draft[][], weights: number[]): TableGrid {
  const rows = draftRows.map((cells, row) => cells.map((c) => ({ ...c, row }) as GridCell));
  return { table, columns, headerRows, rows, columnWeights: weights };
}

const label = (
  text: string,
  col: number,
  role: 'header' | 'rowLabel' | 'blockHeading',
  colSpan = 1,
  rowSpan = 1,
): Draft => ({ type: 'label', text, role, col, colSpan, rowSpan });

const value = (key: string, col: number, colSpan = 1): Draft => ({ type: 'value', key, col, colSpan, rowSpan: 1 });

function t2Grid(): TableGrid {
  const rows: Draft[][] = [];
  for (const block of T2_BLOCKS) {
    rows.push([label(block.heading, 0, 'blockHeading', 4)]);
    const span = 3 / block.columns.length;
    rows.push([
      label(block.contentLabel, 0, 'header'),
      ...block.columns.map((c, i) => label(c.label, 1 + i * span, 'header', span)),
    ]);
    for (const r of block.rows) {
      rows.push([
        label(r.label, 0, 'rowLabel'),
        ...block.columns.map((c, i) => value(cellKey('t2', r.key, c.key), 1 + i * span, span)),
      ]);
    }
  }
  // Table 二 has no repeated header: each block carries its own heading rows.
  return finish('t2', 4, 0, rows, [2.2, 1.6, 1.6, 1.6]);
}

function t3Grid(): TableGrid {
  const cols = T3_LABEL_COLUMNS + T3_COLUMNS.length;
  const orgFirst = T3_COLUMNS.findIndex((c) => c.key === T3_ORG_COLUMN_KEYS[0]);
  const np = T3_COLUMNS.find((c) => c.key === 'naturalPerson')!;
  const total = T3_COLUMNS.find((c) => c.isTotal)!;
  const rows: Draft[][] = [
    [label(T3_NOTE, 0, 'header', T3_LABEL_COLUMNS, 3), label(T3_APPLICANT_HEADING, T3_LABEL_COLUMNS, 'header', T3_COLUMNS.length)],
    [
      label(np.label, T3_LABEL_COLUMNS, 'header', 1, 2),
      label(T3_ORG_HEADING, T3_LABEL_COLUMNS + orgFirst, 'header', T3_ORG_COLUMN_KEYS.length),
      label(total.label, cols - 1, 'header', 1, 2),
    ],
    T3_ORG_COLUMN_KEYS.map((k, i) =>
      label(T3_COLUMNS.find((c) => c.key === k)!.label, T3_LABEL_COLUMNS + orgFirst + i, 'header'),
    ),
  ];
  T3_ROWS.forEach((r, i) => {
    const cells: Draft[] = [];
    // A group label starts a merged cell where the previous row was not in the same group.
    r.groups.forEach((g, depth) => {
      const prev = T3_ROWS[i - 1];
      if (prev && prev.groups[depth] === g) return;
      let span = 0;
      for (let j = i; j < T3_ROWS.length && T3_ROWS[j]!.groups[depth] === g; j++) span++;
      cells.push(label(g, depth, 'rowLabel', 1, span));
    });
    const depth = r.groups.length;
    cells.push(label(r.label, depth, 'rowLabel', T3_LABEL_COLUMNS - depth));
    T3_COLUMNS.forEach((c, ci) => cells.push(value(cellKey('t3', r.key, c.key), T3_LABEL_COLUMNS + ci)));
    rows.push(cells);
  });
  return finish('t3', cols, 3, rows, [1.3, 1.3, 4.6, 1, 1, 1, 1, 1, 1, 1]);
}

function t4Grid(): TableGrid {
  const n = T4_COLUMNS.length;
  const [review, ...suits] = T4_GROUPS;
  const rows: Draft[][] = [
    [label(T4_REVIEW_HEADING, 0, 'header', n), label(T4_SUIT_HEADING, n, 'header', n * suits.length)],
    [
      ...T4_COLUMNS.map((c, i) => label(c.label, i, 'header', 1, 2)),
      ...suits.map((g, gi) => label(g.label, n * (gi + 1), 'header', n)),
    ],
    suits.flatMap((_, gi) => T4_COLUMNS.map((c, i) => label(c.label, n * (gi + 1) + i, 'header'))),
    [review!, ...suits].flatMap((g, gi) => T4_COLUMNS.map((c, i) => value(cellKey('t4', g.key, c.key), n * gi + i))),
  ];
  return finish('t4', n * T4_GROUPS.length, 3, rows, Array(n * T4_GROUPS.length).fill(1));
}

export const GRIDS: Readonly<Record<TableId, TableGrid>> = { t2: t2Grid(), t3: t3Grid(), t4: t4Grid() };

/**
 * For each grid row, what occupies each grid column: the cell that starts there, or the cell
 * (from an earlier row or column) that covers it. Exporters need this for vMerge/gridSpan.
 */
export type Slot =
  | { readonly kind: 'start'; readonly cell: GridCell }
  | { readonly kind: 'coveredByRow'; readonly cell: GridCell }
  | { readonly kind: 'coveredByCol'; readonly cell: GridCell };

export function slots(grid: TableGrid): Slot[][] {
  const out: (Slot | undefined)[][] = grid.rows.map(() => Array<Slot | undefined>(grid.columns).fill(undefined));
  grid.rows.forEach((cells, r) => {
    for (const cell of cells) {
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const target = out[r + dr]!;
          if (target[cell.col + dc]) throw new Error(`layout overlap in ${grid.table} at ${r + dr},${cell.col + dc}`);
          target[cell.col + dc] =
            dr === 0 && dc === 0 ? { kind: 'start', cell } : dc === 0 ? { kind: 'coveredByRow', cell } : { kind: 'coveredByCol', cell };
        }
      }
    }
  });
  return out.map((row, r) =>
    row.map((s, c) => {
      if (!s) throw new Error(`layout hole in ${grid.table} at ${r},${c}`);
      return s;
    }),
  );
}
