/** The one table `npm run bench` prints. */

export interface Row {
  section?: string;
  measure: string;
  value: string;
  baseline?: string;
  ratio?: string;
  goal?: string;
  status?: string;
}

const COLUMNS: { key: keyof Row; title: string; right?: boolean }[] = [
  { key: 'section', title: 'section' },
  { key: 'measure', title: 'measure' },
  { key: 'value', title: 'plan-kit', right: true },
  { key: 'baseline', title: 'baseline (same run)' },
  { key: 'ratio', title: 'ratio', right: true },
  { key: 'goal', title: 'goal' },
  { key: 'status', title: '' },
];

export function printTable(rows: Row[]): void {
  const cell = (row: Row, key: keyof Row) => row[key] ?? '';
  const widths = COLUMNS.map((c) => Math.max(c.title.length, ...rows.map((r) => cell(r, c.key).length)));
  const line = (cells: string[]) =>
    cells
      .map((text, i) => (COLUMNS[i]!.right ? text.padStart(widths[i]!) : text.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(line(COLUMNS.map((c) => c.title)));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  let previous: string | undefined;
  for (const row of rows) {
    // The section's name on its first row only, so that sections stand apart.
    const section = row.section === previous ? '' : (row.section ?? '');
    previous = row.section;
    console.log(line(COLUMNS.map((c) => (c.key === 'section' ? section : cell(row, c.key)))));
  }
}
