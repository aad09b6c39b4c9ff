// What exceljs cannot write, added to the .xlsx package after writing:
// - workbook structure protection (审阅 › 保护工作簿): sheets cannot be deleted, renamed, moved
//   or added, so 表二/表三/表四/校验结果 stay where a disclosure office's checks expect them. No
//   password, like the sheets: it prevents accidents, not intent;
// - the Normal style's font. Excel measures column widths in digits of that font; exceljs makes
//   it Calibri, whose digit is narrower than half a CJK character, so widths computed as
//   "one CJK character = two units" came out wrong wherever Calibri is missing or substituted.
//   With 宋体 (what Chinese Excel and WPS use) a half-width digit is exactly half a character.
import JSZip from 'jszip';
import { FONT_NAME, FONT_SIZE } from './sheet-furniture';

export const WORKBOOK_PROTECTION = '<workbookProtection lockStructure="1"/>';
/** charset 134 is GB2312; family 3 is "modern" (fixed pitch), as Excel writes 宋体. */
export const NORMAL_FONT = `<font><sz val="${FONT_SIZE}"/><color theme="1"/><name val="${FONT_NAME}"/><family val="3"/><charset val="134"/></font>`;

function insertAfter(xml: string, anchor: RegExp, insert: string, what: string): string {
  const m = anchor.exec(xml);
  if (!m) throw new Error(`生成的工作簿结构异常，无法设置${what}`);
  const at = m.index + m[0].length;
  return xml.slice(0, at) + insert + xml.slice(at);
}

async function patch(zip: JSZip, path: string, change: (xml: string) => string): Promise<void> {
  const file = zip.file(path);
  if (!file) throw new Error(`生成的工作簿缺少 ${path}`);
  zip.file(path, change(await file.async('string')));
}

export async function patchPackage(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  // CT_Workbook order: fileVersion, fileSharing, workbookPr, workbookProtection, bookViews, sheets…
  await patch(zip, 'xl/workbook.xml', (xml) =>
    insertAfter(xml, /<workbookPr\b[^>]*\/>|<workbookPr\b[^>]*>.*?<\/workbookPr>/s, WORKBOOK_PROTECTION, '工作簿结构保护'),
  );
  // The first font of the stylesheet is the Normal style's: replaced in place, so the font ids
  // the cells refer to stay as they are.
  await patch(zip, 'xl/styles.xml', (xml) => {
    const normal = /(<fonts\b[^>]*>)<font>.*?<\/font>/s;
    if (!normal.test(xml)) throw new Error('生成的工作簿结构异常，无法设置默认字体');
    return xml.replace(normal, (_, open: string) => open + NORMAL_FONT);
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
