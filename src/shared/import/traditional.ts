// Traditional → simplified for the characters the standard's labels and headings use, so a
// report published in traditional characters (Hong Kong/Taiwan-facing mirrors, big5 pages) is
// recognised. Only matching uses this: the text a report shows is kept as published.
const PAIRS =
  '規规製制發发髮发數数廢废現现範范許许處处決决罰罚強强業业費费額额單单萬万開开請请機机構构會会組组織织務务總总計计' +
  '結结轉转區区這这屬属於于國国穩稳護护權权類类內内過过執执詢询項项關关沒没補补後后確确訪访舉举報报訴诉復复複复無无當当' +
  '認认獲获繳缴納纳繼继續续辦办議议維维糾纠審审訟讼經经體体況况動动問问題题進进條条據据係系繫系為为爲为級级鄉乡鎮镇統统' +
  '適适縣县廳厅員员衛卫財财稅税號号區区黨党聯联電电網网門门際际專专鄰邻區区歸归屆届準准則则';

const MAP: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) m.set(chars[i]!, chars[i + 1]!);
  return m;
})();

/** The traditional characters MAP knows (all in the BMP), for a scan that allocates nothing. */
const TRADITIONAL = new Set([...MAP.keys()].map((ch) => ch.charCodeAt(0)));

export function toSimplified(text: string): string {
  // Most text is simplified already: only a text with a traditional character is rebuilt.
  let i = 0;
  while (i < text.length && !TRADITIONAL.has(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (const ch of text.slice(i)) out += MAP.get(ch) ?? ch;
  return out;
}
