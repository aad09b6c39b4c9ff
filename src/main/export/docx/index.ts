export { buildDocx, DocxRefusedError, type DocxOptions } from './build-docx';
export { UnfinishedCellError } from '../exported-value';
export { DRAFT_MARK, DRAFT_TITLE_SUFFIX } from './page-furniture';
export { PAGE, TEXT_WIDTH, LINE_PITCH, FONTS, SIZE } from './typesetting';
