export { importReport, IMPORT_EXTENSIONS, type ImportInput } from './import-report';
export { readDocxLines } from './read-docx';
export { readXlsxLines } from './read-xlsx';
