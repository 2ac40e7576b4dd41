/**
 * Aligned columns for people (gh's table printer, in small): a header row, cells padded to their column's
 * width, the last column cut to the terminal's width when stdout is one. Pipelines read --json instead.
 */
export interface Column<Row> {
  header: string;
  cell: (row: Row) => string;
  /** Colours a cell once it is padded (terminal only). */
  style?: (text: string, row: Row) => string;
}

/** The table's lines. `width`: the terminal's columns, or null when stdout is not a terminal (nothing is cut). */
export function renderTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[], width: number | null): string[] {
  const cells = rows.map((row) => columns.map((c) => oneLine(c.cell(row))));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const lastStart = widths.slice(0, -1).reduce((sum, w) => sum + w + 2, 0);
  const room = width ? Math.max(width - lastStart, 10) : Infinity;
  const line = (values: string[], row: Row | null) =>
    values
      .map((value, i) => {
        const last = i === values.length - 1;
        const text = last ? cut(value, room) : value.padEnd(widths[i]!);
        const style = row ? columns[i]!.style : undefined;
        return style ? style(text, row!) : text;
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header.toUpperCase()), null), ...cells.map((values, i) => line(values, rows[i]!))];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function cut(text: string, room: number): string {
  return text.length <= room ? text : `${text.slice(0, room - 1)}…`;
}
