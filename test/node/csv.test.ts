import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import fc from 'fast-check';
import Papa from 'papaparse';
import { type Plan, allIndicators, findIndicator, hasExampleFigures, isExampleValue, validatePlan } from '@plan-kit/content';
import {
  type CellResult,
  UnreadableCsvError,
  decodeCsvBytes,
  importIndicatorValues,
  indicatorsToCsv,
  parseFigure,
  parseSheetDate,
  writeFigureChanges,
} from '@plan-kit/content/csv';
import { REAL_PLAN_FILES, minimalPlan, readJson, repoRoot } from '../helpers/fixtures.ts';

const ON = { file: 'q2.csv', importedOn: '2026-07-01' };

/**
 * The minimal plan with three more indicators: money in pounds, money in £m, and a count with
 * no range. healthy-weight-adults (%, 0 to 100, example figures) comes from the fixture.
 */
function testPlan(): Plan {
  const plan = minimalPlan();
  const indicator = (id: string, unit: string, extra: object = {}) => ({
    id,
    title: `Indicator ${id}`,
    unit,
    direction: 'higher-is-better',
    history: [{ date: '2024-03-31', value: 10 }],
    source: { document: 'report', paragraph: '5' },
    ...extra,
  });
  plan.outcomes[1].subOutcomes[0].aims = [
    {
      id: 'build-homes',
      title: 'Build homes',
      actions: [],
      source: { document: 'report', paragraph: '5' },
      indicators: [
        indicator('capital-spend', '£', { min: 0 }),
        indicator('revenue-budget', '£m'),
        indicator('homes-built', 'homes', { history: [] }),
      ],
    },
  ];
  const result = validatePlan(plan);
  expect(result.errors).to.deep.equal([]);
  return result.plan!;
}

function historyOf(plan: Plan, id: string) {
  return findIndicator(plan, id)!.indicator.history;
}

function importRows(plan: Plan, csv: string, options = {}) {
  return importIndicatorValues(plan, csv, { ...ON, ...options });
}

/** What a cell reader made of a cell: its value, or its message. */
function readCell<T>(result: CellResult<T>): T | string {
  return result.ok ? result.value : result.message;
}

/** A cell reader's message, which it must have given. */
function refusal(result: CellResult<unknown>, cell: string): string {
  expect(result.ok, `"${cell}" must be refused`).to.equal(false);
  return result.ok ? '' : result.message;
}

describe('reading spreadsheet cells', () => {
  it('reads figures as spreadsheets write them', () => {
    const read = (cell: string, unit = 'homes') => readCell(parseFigure(cell, unit));
    expect(read('4,716')).to.equal(4716);
    expect(read('1,234,567.5')).to.equal(1234567.5);
    expect(read(' 4 716 ')).to.equal(4716);
    expect(read('62%', '%')).to.equal(62);
    expect(read('62.5 %', '%')).to.equal(62.5);
    expect(read('−3.5')).to.equal(-3.5);
    expect(read('£66m', '£')).to.equal(66_000_000);
    expect(read('£4.1m', '£')).to.equal(4_100_000);
    expect(read('£250k', '£')).to.equal(250_000);
    expect(read('£1.2bn', '£')).to.equal(1_200_000_000);
    expect(read('£66m', '£m')).to.equal(66);
    expect(read('£66,000,000', '£m')).to.equal(66);
    expect(read('-£2m', '£m')).to.equal(-2);
    expect(read('0.25')).to.equal(0.25);
  });

  it('refuses what is not a figure in the indicator’s unit, saying why', () => {
    const message = (cell: string, unit = 'homes') => refusal(parseFigure(cell, unit), cell);
    expect(message('62,5')).to.contain('write decimals with a point');
    expect(message('4,71')).to.contain('write decimals with a point');
    expect(message('n/a')).to.equal('"n/a" is not a number');
    expect(message('')).to.contain('is empty');
    expect(message('62%')).to.equal('"62%" is a percentage, but the indicator\'s unit is "homes"');
    expect(message('£5m', '%')).to.equal('"£5m" is an amount of money, but the indicator\'s unit is "%"');
    expect(message('66m', '£')).to.equal('"66m" is not a number');
  });

  it('reads UK and ISO dates', () => {
    const read = (cell: string) => readCell(parseSheetDate(cell));
    expect(read('31/03/2023')).to.equal('2023-03-31');
    expect(read('1/4/2023')).to.equal('2023-04-01');
    expect(read('31.03.2023')).to.equal('2023-03-31');
    expect(read('31-03-2023')).to.equal('2023-03-31');
    expect(read('31/03/2023 00:00')).to.equal('2023-03-31');
    expect(read('2023-03-31')).to.equal('2023-03-31');
    expect(read('2023-03-31T00:00:00')).to.equal('2023-03-31');
    expect(read('2023-03')).to.equal('2023-03');
    expect(read('2023')).to.equal('2023');
  });

  it('refuses impossible, ambiguous and unreadable dates', () => {
    const message = (cell: string) => refusal(parseSheetDate(cell), cell);
    expect(message('31/02/2023')).to.contain('there is no day 31 in month 2 of 2023');
    // A US date: read day first, there is no month 31.
    expect(message('03/31/2023')).to.contain('is not a date');
    expect(message('31/03/23')).to.contain('write the year in full (31/03/2023)');
    expect(message('March 2023')).to.contain('write it as day/month/year (31/03/2023) or year-month-day (2023-03-31)');
    expect(message('2023-13-01')).to.contain('is not a date');
  });
});

describe('importIndicatorValues: what spreadsheets write', () => {
  it('reads a byte-order mark and CRLF line ends', () => {
    const result = importRows(testPlan(), '\uFEFFIndicator,Date,Value\r\nhealthy-weight-adults,2025-03-31,59\r\n');
    expect(result.problems).to.deep.equal([]);
    expect(result.changes.map((c) => [c.kind, c.indicator, c.date, c.value.value])).to.deep.equal([
      ['added', 'healthy-weight-adults', '2025-03-31', 59],
    ]);
  });

  it('reads semicolon-separated files, and refuses "4,716" in them (a decimal comma there, never thousands)', () => {
    const result = importRows(testPlan(), 'Indicator;Date;Value\ncapital-spend;31/03/2025;4716\n');
    expect(result.problems).to.deep.equal([]);
    expect(historyOf(result.plan, 'capital-spend').at(-1)).to.include({ date: '2025-03-31', value: 4716 });
    const comma = importRows(testPlan(), 'Indicator;Date;Value\ncapital-spend;31/03/2025;4,716\n');
    expect(comma.problems.map((p) => p.message)).to.deep.equal([
      '"4,716" is not a number: write decimals with a point (62.5) and use commas only between thousands (4,716); this file separates its columns with semicolons, so its commas are read as decimal commas and refused',
    ]);
  });

  it('reads tab-separated files', () => {
    const result = importRows(testPlan(), 'Indicator\tDate\tValue\nhomes-built\t31/03/2025\t1,203\n');
    expect(historyOf(result.plan, 'homes-built')).to.deep.equal([{ date: '2025-03-31', value: 1203, imported: { file: 'q2.csv', date: '2026-07-01' } }]);
  });

  it('reads quoted fields with commas, quotes and line breaks inside', () => {
    const csv = 'Indicator,Date,Value,Note\r\nhomes-built,2025-03-31,"1,203","Provisional, ""unaudited""\r\nfigure"\r\n';
    const result = importRows(testPlan(), csv);
    expect(historyOf(result.plan, 'homes-built')[0]).to.include({ value: 1203, note: 'Provisional, "unaudited"\r\nfigure' });
  });

  it('reads thousands separators, percentages and pound amounts in the indicator’s unit', () => {
    const csv = [
      'Indicator,Date,Value',
      'homes-built,2025-03-31,"4,716"',
      'healthy-weight-adults,2025-03-31,62%',
      'capital-spend,2025-03-31,£66m',
      'revenue-budget,2025-03-31,£66m',
    ].join('\n');
    const result = importRows(testPlan(), csv);
    expect(result.problems).to.deep.equal([]);
    expect(result.changes.map((c) => [c.indicator, c.value.value])).to.deep.equal([
      ['homes-built', 4716],
      ['healthy-weight-adults', 62],
      ['capital-spend', 66_000_000],
      ['revenue-budget', 66],
    ]);
  });

  it('reads UK and ISO dates in one file', () => {
    const csv = 'Indicator,Date,Value\nhomes-built,31/03/2024,10\nhomes-built,2025-03-31,12\n';
    expect(historyOf(importRows(testPlan(), csv).plan, 'homes-built').map((h) => h.date)).to.deep.equal(['2024-03-31', '2025-03-31']);
  });

  it('skips blank rows, at the end and between', () => {
    const csv = 'Indicator,Date,Value\r\n,,\r\nhomes-built,2025-03-31,12\r\n\r\n,,\r\n  ,  ,\r\n\r\n';
    const result = importRows(testPlan(), csv);
    expect(result.problems).to.deep.equal([]);
    expect(result.rows).to.equal(1);
  });

  it('finds the columns by header in any order, ignoring case, spacing and columns it does not read', () => {
    const csv = 'Comment,VALUE,date,  indicator id ,Notes\nchecked,12,2025-03-31,homes-built,Provisional\n';
    const result = importRows(testPlan(), csv);
    expect(result.problems).to.deep.equal([]);
    expect(historyOf(result.plan, 'homes-built')[0]).to.include({ date: '2025-03-31', value: 12, note: 'Provisional' });
  });

  it('reads Windows-1252 files, as Excel’s plain "CSV" writes them', () => {
    const bytes = Uint8Array.from([...'Indicator,Date,Value\ncapital-spend,2025-03-31,'].map((c) => c.charCodeAt(0)).concat([0xa3, 0x35, 0x6d, 0x0a]));
    const text = decodeCsvBytes(bytes);
    expect(text).to.contain('£5m');
    expect(historyOf(importRows(testPlan(), text).plan, 'capital-spend').at(-1)!.value).to.equal(5_000_000);
    expect(decodeCsvBytes(new TextEncoder().encode('\uFEFF£5m'))).to.equal('£5m');
  });
});

describe('importIndicatorValues: bad rows', () => {
  /** Imports `rows` under a standard header and returns the problems as "row N, C (Header): message". */
  function problemsOf(rows: string[], options = {}) {
    const plan = testPlan();
    const result = importRows(plan, ['Plan,Indicator,Date,Value,Example', ...rows].join('\r\n'), options);
    if (!(options as { skipBadRows?: boolean }).skipBadRows) {
      expect(result.ok).to.equal(false);
      expect(result.plan, 'nothing changes').to.equal(plan);
      expect(result.changes).to.deep.equal([]);
    }
    return result.problems.map((p) => `row ${p.row}${p.column ? `, ${p.column} (${p.header})` : ''}: ${p.message}`);
  }
  const good = 'minimal,homes-built,2025-03-31,12,';

  it('reports an unknown indicator with its row and column', () => {
    expect(problemsOf([good, 'minimal,homes-bilt,2025-03-31,12,'])).to.deep.equal([
      'row 3, B (Indicator): no indicator "homes-bilt" in plan "minimal" (plan-kit export lists the indicator ids)',
    ]);
  });

  it('reports a figure it cannot read', () => {
    expect(problemsOf([good, 'minimal,capital-spend,2025-03-31,twelve,'])).to.deep.equal(['row 3, D (Value): "twelve" is not a number']);
  });

  it('reports a date it cannot read', () => {
    expect(problemsOf(['minimal,homes-built,31/02/2025,12,', good])).to.deep.equal([
      'row 2, C (Date): "31/02/2025" is not a date: there is no day 31 in month 2 of 2025 (dates are read day first)',
    ]);
  });

  it('reports a figure outside the indicator’s range', () => {
    expect(problemsOf(['minimal,healthy-weight-adults,2025-03-31,120%,', 'minimal,capital-spend,2025-03-31,-5,'])).to.deep.equal([
      "row 2, D (Value): 120 is outside the indicator's range, 0 to 100",
      "row 3, D (Value): -5 is outside the indicator's range, 0 to no maximum",
    ]);
  });

  it('reports an empty figure, and every problem of a row', () => {
    expect(problemsOf(['minimal,homes-built,2025-03-31,,', 'minimal,,someday,5,'])).to.deep.equal([
      'row 2, D (Value): is empty: give the figure',
      'row 3, B (Indicator): is empty: give the indicator id (plan-kit export lists them)',
      'row 3, C (Date): "someday" is not a date: write it as day/month/year (31/03/2023) or year-month-day (2023-03-31)',
    ]);
  });

  it('reports a row for another plan', () => {
    expect(problemsOf(['2022-26,homes-built,2025-03-31,12,'])).to.deep.equal(['row 2, A (Plan): is for plan "2022-26", not "minimal"']);
  });

  it('reports two rows that give one date different figures', () => {
    expect(problemsOf([good, 'minimal,homes-built,31/03/2025,13,'])).to.deep.equal([
      'row 3: gives homes-built on 2025-03-31 a different figure from row 2: keep one',
    ]);
  });

  it('refuses to publish a row marked as an example as a council figure', () => {
    expect(problemsOf(['minimal,healthy-weight-adults,2025-03-31,59,yes'])).to.deep.equal([
      'row 2: is marked as an example figure (Example: yes) but does not match an example figure of healthy-weight-adults on 2025-03-31: to publish it as a council figure, empty its Example cell or write "no"',
    ]);
    expect(problemsOf(['minimal,healthy-weight-adults,2024-03-31,58,maybe'])).to.deep.equal(['row 2, E (Example): "maybe" is not yes or no']);
  });

  it('reports a missing column, or a column given twice, at the header row', () => {
    const plan = testPlan();
    const missing = importRows(plan, 'Indicator,Value\nhomes-built,12\n');
    expect(missing.ok).to.equal(false);
    expect(missing.problems).to.deep.equal([
      { row: 1, message: 'no Date column: the first row must name the columns Indicator, Date and Value (in any order)' },
    ]);
    const twice = importRows(plan, 'Indicator,Date,Value,Figure\nhomes-built,2025-03-31,12,12\n', { skipBadRows: true });
    expect(twice.ok).to.equal(false);
    expect(twice.problems).to.deep.equal([{ row: 1, column: 'D', header: 'Figure', message: 'repeats the column C (Value): keep one' }]);
    expect(importRows(plan, '').problems[0]!.message).to.contain('the first row must name the columns');
  });

  it('reports a broken quote with its row', () => {
    const result = importRows(testPlan(), 'Indicator,Date,Value\nhomes-built,2025-03-31,"12\n');
    expect(result.ok).to.equal(false);
    expect(result.problems[0]).to.include({ row: 2 });
    expect(result.problems[0]!.message).to.match(/^cannot read the row: .*quote/);
  });

  it('imports the good rows with skipBadRows, and still reports the bad ones', () => {
    const plan = testPlan();
    const result = importRows(plan, ['Indicator,Date,Value', 'homes-built,2025-03-31,12', 'nope,2025-03-31,1', 'homes-built,2026-03-31,x'].join('\n'), {
      skipBadRows: true,
    });
    expect(result.ok).to.equal(true);
    expect(result.problems.map((p) => p.row)).to.deep.equal([3, 4]);
    expect(historyOf(result.plan, 'homes-built').map((h) => h.value)).to.deep.equal([12]);
  });
});

describe('importIndicatorValues: merging', () => {
  it('adds new dates in date order, reports changed values, leaves equal ones, and does not touch the plan given', () => {
    const plan = testPlan();
    const before = structuredClone(plan);
    const csv = ['Indicator,Date,Value', 'capital-spend,2023-03-31,8', 'capital-spend,2024-03-31,11', 'capital-spend,2025-03-31,12', 'revenue-budget,2024-03-31,10'].join('\n');
    const result = importRows(plan, csv);
    expect(plan).to.deep.equal(before);
    expect(result.changes.map((c) => `${c.kind} ${c.date} ${c.previous?.value ?? ''}→${c.value.value}`)).to.deep.equal([
      'added 2023-03-31 →8',
      'changed 2024-03-31 10→11',
      'added 2025-03-31 →12',
    ]);
    expect(result.unchanged).to.equal(1);
    expect(historyOf(result.plan, 'capital-spend').map((h) => [h.date, h.value])).to.deep.equal([
      ['2023-03-31', 8],
      ['2024-03-31', 11],
      ['2025-03-31', 12],
    ]);
    expect(validatePlan(result.plan).ok).to.equal(true);
  });

  it('keeps a figure’s note unless the row gives a new one', () => {
    const plan = testPlan();
    findIndicator(plan, 'capital-spend')!.indicator.history[0]!.note = 'Outturn';
    const kept = importRows(plan, 'Indicator,Date,Value\ncapital-spend,2024-03-31,11\n');
    expect(historyOf(kept.plan, 'capital-spend')[0]).to.include({ value: 11, note: 'Outturn' });
    const renoted = importRows(plan, 'Indicator,Date,Value,Note\ncapital-spend,2024-03-31,10,Audited outturn\n');
    expect(renoted.changes.map((c) => c.kind)).to.deep.equal(['changed']);
    expect(historyOf(renoted.plan, 'capital-spend')[0]).to.include({ value: 10, note: 'Audited outturn' });
  });

  it('changes nothing when the same file is imported twice', () => {
    const csv = 'Indicator,Date,Value\nhealthy-weight-adults,2025-03-31,59\ncapital-spend,2024-03-31,11\n';
    const once = importRows(testPlan(), csv);
    const twice = importIndicatorValues(once.plan, csv, { file: 'q2.csv', importedOn: '2025-08-01' });
    expect(twice.ok).to.equal(true);
    expect(twice.changes).to.deep.equal([]);
    expect(twice.unchanged).to.equal(2);
    expect(twice.plan).to.equal(once.plan);
  });

  it('round-trips: importing what was exported changes nothing, for every real plan', () => {
    for (const file of REAL_PLAN_FILES) {
      const plan = validatePlan(JSON.parse(readFileSync(`${repoRoot}/${file}`, 'utf8'))).plan!;
      const result = importIndicatorValues(plan, indicatorsToCsv(plan), ON);
      expect(result.problems, file).to.deep.equal([]);
      expect(result.changes, file).to.deep.equal([]);
      expect(result.plan, file).to.equal(plan);
    }
  });
});

describe('importIndicatorValues: example figures', () => {
  it('clears the indicator’s example flag and labels the example figures it keeps one by one', () => {
    const plan = testPlan();
    expect(hasExampleFigures(findIndicator(plan, 'healthy-weight-adults')!.indicator)).to.equal(true);
    const result = importRows(plan, 'Indicator,Date,Value\nhealthy-weight-adults,2025-03-31,59\n');
    expect(result.examplesCleared).to.deep.equal(['healthy-weight-adults']);
    const indicator = findIndicator(result.plan, 'healthy-weight-adults')!.indicator;
    expect(indicator.example).to.equal(undefined);
    expect(indicator.baseline).to.deep.equal({ date: '2022-03-31', value: 55, example: true });
    expect(indicator.target).to.deep.equal({ date: '2026-03-31', value: 60, example: true });
    expect(indicator.history).to.deep.equal([
      { date: '2023-03-31', value: 56, example: true },
      { date: '2024-03-31', value: 58, example: true },
      { date: '2025-03-31', value: 59, imported: { file: 'q2.csv', date: '2026-07-01' } },
    ]);
    expect(indicator.history.map((h) => isExampleValue(indicator, h))).to.deep.equal([true, true, false]);
    expect(hasExampleFigures(indicator)).to.equal(true);
    const validation = validatePlan(result.plan);
    expect(validation.ok).to.equal(true);
    expect(validation.warnings.map((w) => w.message)).to.include(
      '4 of its figures are examples, not council figures (example: true on each); pages label them "example figure"',
    );
  });

  it('confirms an example figure that the council’s figures repeat', () => {
    const result = importRows(testPlan(), 'Indicator,Date,Value\nhealthy-weight-adults,2024-03-31,58\n');
    expect(result.changes.map((c) => c.kind)).to.deep.equal(['confirmed']);
    const indicator = findIndicator(result.plan, 'healthy-weight-adults')!.indicator;
    expect(indicator.history[1]).to.deep.equal({ date: '2024-03-31', value: 58, imported: { file: 'q2.csv', date: '2026-07-01' } });
    expect(indicator.history[0]!.example).to.equal(true);
  });

  it('leaves example flags alone when nothing is imported for the indicator', () => {
    const result = importRows(testPlan(), 'Indicator,Date,Value\nhomes-built,2025-03-31,12\n');
    expect(findIndicator(result.plan, 'healthy-weight-adults')!.indicator.example).to.equal(true);
    expect(result.examplesCleared).to.deep.equal([]);
  });

  it('exports each figure’s provenance, and a mixed plan round-trips too', () => {
    const mixed = importRows(testPlan(), 'Indicator,Date,Value\nhealthy-weight-adults,2025-03-31,59\n').plan;
    const csv = indicatorsToCsv(mixed);
    const rows = csv.split('\r\n').filter((line) => line.includes('healthy-weight-adults'));
    // Example and Imported from (the national identifier and status columns after them are empty here).
    expect(rows.map((r) => r.split(',').slice(-8, -6).join(','))).to.deep.equal(['yes,', 'yes,', 'no,q2.csv (2026-07-01)']);
    const again = importIndicatorValues(mixed, csv, { file: 'other.csv', importedOn: '2025-09-01' });
    expect(again.changes).to.deep.equal([]);
    expect(again.problems).to.deep.equal([]);
  });

  it('rejects content where an imported figure is also an example', () => {
    const plan = minimalPlan();
    plan.outcomes[0].subOutcomes[0].aims[0].indicators[0].history[0].imported = { file: 'q.csv', date: '2025-01-01' };
    expect(validatePlan(plan).errors.map((e) => e.path)).to.deep.equal(['outcomes[0].subOutcomes[0].aims[0].indicators[0].example']);
    delete plan.outcomes[0].subOutcomes[0].aims[0].indicators[0].example;
    plan.outcomes[0].subOutcomes[0].aims[0].indicators[0].history[0].example = true;
    expect(validatePlan(plan).errors.map((e) => e.path)).to.deep.equal(['outcomes[0].subOutcomes[0].aims[0].indicators[0].history[0].example']);
  });
});

describe('indicatorsToCsv', () => {
  it('writes a sheet Excel opens: UTF-8 with a byte-order mark, CRLF, one row per figure', () => {
    const plan = testPlan();
    const csv = indicatorsToCsv(plan);
    expect(csv.startsWith('\uFEFFPlan,Outcome,Sub-outcome,Indicator,Title,Unit,Direction,Min,Max,Baseline date,Baseline,Target date,Target,Date,Value,Note,Example,Imported from,LG Inform metric,Local Outcomes Framework outcome,Status as at,Status,Flags,Reason\r\n')).to.equal(true);
    expect(csv.replace(/\r\n/g, '')).not.to.contain('\n');
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).to.equal('');
    expect(lines[1]).to.equal(
      'minimal,1,1.1,healthy-weight-adults,Adults with a healthy weight,%,higher is better,0,100,2022-03-31,55,2026-03-31,60,2023-03-31,56,,yes,,,,,,,',
    );
    // Two figures, one each, and a row to fill in for the indicator without figures.
    const figures = [...allIndicators(plan)].reduce((n, { indicator }) => n + Math.max(1, indicator.history.length), 0);
    expect(lines.length - 2).to.equal(figures);
    expect(lines.at(-2)).to.equal('minimal,2,2.1,homes-built,Indicator homes-built,homes,higher is better,,,,,,,,,,,,,,,,,');
  });

  it('gives each row its indicator\'s status, flags and reason as at the day given, which import ignores', () => {
    const plan = validatePlan(readJson('content/plans/2022-26.json')).plan!;
    const csv = indicatorsToCsv(plan, { asAt: '2026-12-08', excel: false });
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const neet = rows.filter((r) => r.Indicator === 'young-people-neet');
    expect(neet.length).to.be.greaterThan(1);
    for (const row of neet) {
      expect(row['Status as at']).to.equal('2026-12-08');
      expect(row.Status).to.equal('target met');
      expect(row.Flags).to.equal('target date passed; figure overdue');
      expect(row.Reason).to.match(/^Target met: 2\.3% in March 2025 meets the target of 2\.5% \(at or below it since March 2024\)\. Target date passed: /);
    }
    expect(importIndicatorValues(plan, csv, ON).changes, 'the status columns are for reading').to.deep.equal([]);
  });

  it('writes text that a spreadsheet would run as a formula as text, and reads it back', () => {
    const plan = testPlan();
    findIndicator(plan, 'capital-spend')!.indicator.history[0]!.note = '=HYPERLINK("http://example.com")';
    const csv = indicatorsToCsv(plan);
    expect(csv).to.contain(`"'=HYPERLINK(""http://example.com"")"`);
    expect(importIndicatorValues(plan, csv, ON).changes).to.deep.equal([]);
  });
});

describe('writeFigureChanges', () => {
  const text = readFileSync(`${repoRoot}/content/plans/2022-26.json`, 'utf8');
  const plan = validatePlan(JSON.parse(text)).plan!;

  it('rewrites only the changed indicators, in the file’s own layout', () => {
    const result = importIndicatorValues(plan, 'Indicator,Date,Value\nyoung-people-neet,2026-03-31,2.1\n', ON);
    const written = writeFigureChanges(text, plan, result.plan);
    expect(JSON.parse(written)).to.deep.equal(result.plan);
    const before = text.split('\n');
    const after = written.split('\n');
    const changed = after.filter((line) => !before.includes(line));
    expect(changed.map((l) => l.trim())).to.deep.equal([
      '"baseline": { "date": "2022-03-31", "value": 3.1, "example": true },',
      '"target": { "date": "2026-03-31", "value": 2.5, "example": true },',
      '{ "date": "2022-03-31", "value": 3.1, "example": true },',
      '{ "date": "2023-03-31", "value": 2.8, "example": true },',
      '{ "date": "2024-03-31", "value": 2.5, "example": true },',
      '{ "date": "2025-03-31", "value": 2.3, "example": true },',
      '{ "date": "2026-03-31", "value": 2.1, "imported": { "file": "q2.csv", "date": "2026-07-01" } }',
    ]);
    // The indicator's own flag goes; the rest of the file (e.g. "value": 70.0 elsewhere) is as it was.
    expect(before.length - after.length).to.equal(0);
    expect(written).to.contain('"target": { "date": "2026-08-31", "value": 70.0 }');
  });

  it('keeps Windows line ends and an empty history’s indentation', () => {
    const plan = testPlan();
    const crlf = `${JSON.stringify(plan, null, 2).replace(/\n/g, '\r\n')}\r\n`;
    const result = importIndicatorValues(plan, 'Indicator,Date,Value\nhomes-built,2025-03-31,12\n', ON);
    const written = writeFigureChanges(crlf, plan, result.plan);
    expect(written.replace(/\r\n/g, '')).not.to.contain('\n');
    const [, line, item, close] = /\r\n( *)"history": \[\r\n( *)\{ "date": "2025-03-31", "value": 12, "imported": \{ "file": "q2.csv", "date": "2026-07-01" \} \}\r\n( *)\]/.exec(written) ?? [];
    expect(item, 'one figure per line, indented one step').to.equal(`${line}  `);
    expect(close).to.equal(line);
  });

  it('returns the text unchanged when nothing changed', () => {
    expect(writeFigureChanges(text, plan, structuredClone(plan))).to.equal(text);
  });
});

describe('figures and files as councils write them (issue 17)', () => {
  /**
   * Every form of a figure a council spreadsheet writes, and what it reads as; a string is the
   * start of the refusal message. Unit "£" unless given. Semicolon-separated files come from
   * spreadsheets set up for decimal commas, so their commas are never thousands.
   */
  const FORMS: [cell: string, expected: number | string, unit?: string, delimiter?: string][] = [
    ['4716', 4716],
    ['4,716', 4716],
    ['1,234,567.5', 1234567.5],
    ['4 716', 4716],
    ['4\u00a0716', 4716],
    ['4\u202f716', 4716],
    ['0.125', 0.125],
    ['.5', 0.5],
    ['+5', 5],
    ['-3.5', -3.5],
    ['\u22123.5', -3.5],
    ['(1,234)', -1234],
    ['1e-7', 1e-7],
    ['1e+21', 1e21],
    ['1.5E3', 1500],
    ['62%', 62, '%'],
    ['62.5 %', 62.5, '%'],
    ['£66m', 66_000_000],
    ['£ 66 m', 66_000_000],
    ['£4.1m', 4_100_000],
    ['£250k', 250_000],
    ['£1.2bn', 1_200_000_000],
    ['£66m', 66, '£m'],
    ['-£2m', -2, '£m'],
    ['£-2m', -2, '£m'],
    ['£66,000,000', 66, '£m'],
    ['0.125', 0.125, '£', ';'],
    ['4 716', 4716, '£', ';'],
    // Refused:
    ['-£-5m', '"-£-5m" is not a number: it has more than one sign'],
    ['--5', '"--5" is not a number: it has more than one sign'],
    ['-(5)', '"-(5)" is not a number'],
    ['12 34 5', '"12 34 5" is not a number: spaces may only separate groups of three digits'],
    ['62,5', '"62,5" is not a number: write decimals with a point'],
    ['0,125', '"0,125" is not a number: write decimals with a point'],
    ['12,34,567', '"12,34,567" is not a number: write decimals with a point'],
    ['1,234.5.6', '"1,234.5.6" is not a number'],
    ['1.234,5', '"1.234,5" is not a number: write decimals with a point'],
    ['1,250', '"1,250" is not a number: write decimals with a point (62.5) and use commas only between thousands (4,716); this file separates its columns with semicolons', '£', ';'],
    ['0,125', '"0,125" is not a number: write decimals with a point', '£', ';'],
    ['1.250', '"1.250" is not a number: in a semicolon-separated file "1.250" may mean thousands', '£', ';'],
    ['NaN', '"NaN" is not a number'],
    ['Infinity', '"Infinity" is not a number'],
    ['0x10', '"0x10" is not a number'],
    ['1_000', '"1_000" is not a number'],
    ['5-', '"5-" is not a number'],
    ['£', '"£" is not a number'],
    ['1e400', '"1e400" is too large a number'],
    ['66m', '"66m" is not a number'],
  ];

  it('reads every form a council spreadsheet writes, and refuses the rest with the reason', () => {
    for (const [cell, expected, unit = '£', delimiter = ','] of FORMS) {
      const result = parseFigure(cell, unit, { delimiter });
      const got = result.ok ? result.value : result.message;
      if (typeof expected === 'number') expect(got, `${cell} (${unit}, "${delimiter}")`).to.equal(expected);
      else expect(got, `${cell} (${unit}, "${delimiter}")`).to.be.a('string').and.satisfy((m: string) => m.startsWith(expected));
    }
  });

  it('never reads a decimal comma in a semicolon-separated file as thousands', () => {
    const csv = 'Indicator;Date;Value\r\nrevenue-budget;31/03/2025;0,125\r\nrevenue-budget;31/03/2026;1,250\r\n';
    const result = importRows(testPlan(), csv);
    expect(result.ok).to.equal(false);
    expect(result.problems.map((p) => [p.row, p.column])).to.deep.equal([[2, 'C'], [3, 'C']]);
  });

  it('refuses the year 0001 and other implausible years', () => {
    expect(refusal(parseSheetDate('0001-01-01'), '0001-01-01')).to.contain('the year 1 cannot be right');
    expect(refusal(parseSheetDate('01/01/0001'), '01/01/0001')).to.contain('the year 1 cannot be right');
    expect(refusal(parseSheetDate('1899-12-31'), '1899-12-31')).to.contain('1900 to 2200');
    expect(readCell(parseSheetDate('1900-01-01'))).to.equal('1900-01-01');
  });

  it('decodes Windows-1252 with its real table, not as Latin-1', () => {
    // – ’ “ ” … € £ as Excel's plain "CSV" writes them on a UK Windows machine.
    const bytes = Uint8Array.from([0x96, 0x92, 0x93, 0x94, 0x85, 0x80, 0xa3]);
    expect(decodeCsvBytes(bytes)).to.equal('–’“”…€£');
  });

  it('decodes UTF-16 with a byte-order mark, as Excel’s "Unicode Text" writes it', () => {
    const text = 'Indicator\tDate\tValue\tNote\r\nhomes-built\t31/03/2025\t1,200\tA note – checked\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [le, be]) {
      const decoded = decodeCsvBytes(bytes);
      expect(decoded).to.equal(text);
      expect(historyOf(importRows(testPlan(), decoded).plan, 'homes-built')[0]).to.include({ value: 1200, note: 'A note – checked' });
    }
  });

  it('refuses a workbook or other binary file, saying to save it as CSV', () => {
    const files = {
      xlsx: [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00],
      xls: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00],
      pdf: [...Buffer.from('%PDF-1.7\n')],
      'utf-16 without a byte-order mark': [...Buffer.from('Indicator,Date', 'utf16le')],
    };
    for (const [what, bytes] of Object.entries(files)) {
      expect(() => decodeCsvBytes(Uint8Array.from(bytes)), what).to.throw(UnreadableCsvError, /save it with "Save As", choosing "CSV UTF-8/);
    }
  });

  it('reads a file whose header ends in CRLF and whose rows end in LF', () => {
    const csv = 'Indicator,Date,Value\r\nhealthy-weight-adults,2025-03-31,59\nhomes-built,2025-03-31,12\n';
    const result = importRows(testPlan(), csv);
    expect(result.problems).to.deep.equal([]);
    expect(result.changes.map((c) => [c.indicator, c.value.value])).to.deep.equal([['healthy-weight-adults', 59], ['homes-built', 12]]);
  });

  it('keeps a quoted line end inside a note as written', () => {
    const result = importRows(testPlan(), 'Indicator,Date,Value,Note\r\nhomes-built,2025-03-31,12,"two\r\nlines"\n');
    expect(historyOf(result.plan, 'homes-built')[0]!.note).to.equal('two\r\nlines');
  });

  /** Notes and values that once changed on the way out and back in. */
  const awkwardNote = fc.constantFrom(' leading', 'trailing ', "'=1+2", "''=x", '=SUM(A1)', '-5', '+44 116', '@x', '"quoted"', 'a;b,c', 'two\nlines', 'cr\r\nlf', "'", '\tx');
  const awkwardValue = fc.constantFrom(1e-7, 1e21, 1.5e-300, -1e21, 123456789.123, 0.1 + 0.2, -0.000001, Number.MAX_SAFE_INTEGER + 2);
  const figures = fc.uniqueArray(
    fc.record(
      {
        day: fc.integer({ min: 0, max: 60_000 }),
        value: fc.oneof(awkwardValue, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()),
        note: fc.oneof(awkwardNote, fc.string({ unit: 'grapheme', minLength: 1 })),
      },
      { requiredKeys: ['day', 'value'] },
    ),
    { selector: (f) => f.day, maxLength: 8 },
  );

  it('reads back exactly what it exports: every number form and every note (property)', () => {
    fc.assert(
      fc.property(figures, fc.boolean(), (generated, excel) => {
        const plan = testPlan();
        const history = generated
          .sort((a, b) => a.day - b.day)
          .map(({ day, value, note }) => ({
            date: new Date(Date.UTC(1900, 0, 1 + day)).toISOString().slice(0, 10),
            value: Object.is(value, -0) ? 0 : value,
            ...(note !== undefined && /\S/.test(note) && { note }),
          }));
        findIndicator(plan, 'homes-built')!.indicator.history = history;
        fc.pre(validatePlan(plan).ok);
        const bytes = new TextEncoder().encode(indicatorsToCsv(plan, { excel }));
        const result = importIndicatorValues(plan, decodeCsvBytes(bytes), ON);
        expect(result.problems).to.deep.equal([]);
        expect(result.changes).to.deep.equal([]);
        expect(result.plan).to.equal(plan);
      }),
      { numRuns: Number(process.env.PLAN_KIT_FUZZ_RUNS ?? 300) },
    );
  });
});
