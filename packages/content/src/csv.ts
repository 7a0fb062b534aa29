/**
 * @plan-kit/content/csv: indicator figures to and from spreadsheets (CSV). A separate entry so
 * that the CSV parser never reaches the browser embed bundle; the site build and the CLI use it.
 */
export { indicatorsToCsv, type ExportOptions } from './csv-export.js';
export {
  importIndicatorValues,
  type FigureChange,
  type FigureChangeKind,
  type ImportOptions,
  type ImportResult,
} from './csv-import.js';
export { COLUMNS, type ColumnSpec, UnreadableCsvError, columnLetter, decodeCsvBytes, readSheet, type RowProblem, type Sheet, type SheetOptions } from './csv-sheet.js';
export { parseFigure, parseSheetDate, type CellResult, type FigureContext } from './csv-cells.js';
export { writeFigureChanges } from './json-edit.js';
export { describeImport, indicatorMoves, prepareImport, updateRecord, type IndicatorMove, type PreparedImport } from './import-summary.js';
export { ACTION_COLUMNS, actionsToCsv, importActions, isActionsSheet, type ActionChange, type ActionsImportOptions, type ActionsImportResult } from './csv-actions.js';
export { describeActionsImport, prepareActionsImport, actionsUpdateRecord, type PreparedActionsImport } from './actions-summary.js';
export { writeDeliveryChanges } from './json-edit.js';
