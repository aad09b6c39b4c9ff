export * from './document';
export * from './import-log';
export * from './import-project';
export { decodeEntities, linesFromHtml } from './html';
export { matchRow, ROW_TARGETS, T4_KEYS } from './labels';
export { fold, labelCore } from './normalize';
export { TABLE_SHAPE_NAME, TABLE_SHAPE_RULE, TABLE_SHAPE_TITLE, tableShapeFindings } from './table-shape';
export { linesFromPdf, type PdfPageText, type PdfTextItem } from './pdf-layout';
