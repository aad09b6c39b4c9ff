export { buildXlsx, XlsxRefusedError, type XlsxOptions } from './build-xlsx';
export { COUNT_FORMAT, MONEY_FORMAT } from './input-cells';
export { UnfinishedCellError } from '../exported-value';
export { COVER_SHEET } from './cover-sheet';
export { FINDINGS_SHEET, FINDINGS_COLUMNS, NO_FINDINGS } from './findings-sheet';
export { FIRST_CONTENT_ROW } from './sheet-furniture';
export { cellAddress, valueAddresses } from './table-sheet';
export { REPORT_TEXT_SHEET } from './report-text-sheet';
export { readOwnWorkbookText, readReportText, type ReportText } from './read-report-text';
