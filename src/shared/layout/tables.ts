// The three statutory tables of 国办公开办函〔2021〕30号, as data.
// Every label is the standard's own text (full-width punctuation); forms, validation,
// .docx, .xlsx and import all read these definitions — nothing else spells a label.

export type CellKind = 'count' | 'money';

export interface ColumnDef {
  /** Column part of the cell key, e.g. `naturalPerson`. */
  readonly key: string;
  /** Official column label. */
  readonly label: string;
  /** True for 总计 columns, which are derived from the other columns of the same row/group. */
  readonly isTotal?: boolean;
}

export interface RowDef {
  /** Row part of the cell key, e.g. `denied.stateSecret`. */
  readonly key: string;
  /** Official label of the row's own (innermost) label cell. */
  readonly label: string;
  /** Outer group labels, outermost first (e.g. 三、本年度办理结果 › （三）不予公开). */
  readonly groups: readonly string[];
  /** Short reference used in messages, e.g. `（三）1`, `一`, `（七）总计`. */
  readonly ref: string;
  /** True for rows whose values are derived from other rows (（七）总计). */
  readonly isTotal?: boolean;
}

// ───────────────────────────── Table 二 ─────────────────────────────

export interface T2Block {
  /** Full-width heading row, e.g. 第二十条第（一）项. */
  readonly heading: string;
  /** First cell of the column-header row. */
  readonly contentLabel: string;
  readonly columns: readonly ColumnDef[];
  readonly rows: readonly { readonly key: string; readonly label: string; readonly kind: CellKind }[];
}

const T2_CONTENT = '信息内容';
const T2_DECISIONS: ColumnDef = { key: 'decisions', label: '本年处理决定数量' };

export const T2_BLOCKS: readonly T2Block[] = [
  {
    heading: '第二十条第（一）项',
    contentLabel: T2_CONTENT,
    columns: [
      { key: 'issued', label: '本年制发件数' },
      { key: 'repealed', label: '本年废止件数' },
      { key: 'inForce', label: '现行有效件数' },
    ],
    rows: [
      { key: 'regulations', label: '规章', kind: 'count' },
      { key: 'normativeDocuments', label: '行政规范性文件', kind: 'count' },
    ],
  },
  {
    heading: '第二十条第（五）项',
    contentLabel: T2_CONTENT,
    columns: [T2_DECISIONS],
    rows: [{ key: 'licensing', label: '行政许可', kind: 'count' }],
  },
  {
    heading: '第二十条第（六）项',
    contentLabel: T2_CONTENT,
    columns: [T2_DECISIONS],
    rows: [
      { key: 'penalties', label: '行政处罚', kind: 'count' },
      { key: 'coercion', label: '行政强制', kind: 'count' },
    ],
  },
  {
    heading: '第二十条第（八）项',
    contentLabel: T2_CONTENT,
    columns: [{ key: 'amount', label: '本年收费金额（单位：万元）' }],
    rows: [{ key: 'fees', label: '行政事业性收费', kind: 'money' }],
  },
];

// ───────────────────────────── Table 三 ─────────────────────────────

export const T3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const T3_APPLICANT_HEADING = '申请人情况';
export const T3_ORG_HEADING = '法人或其他组织';

export const T3_COLUMNS: readonly ColumnDef[] = [
  { key: 'naturalPerson', label: '自然人' },
  { key: 'business', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'publicInterest', label: '社会公益组织' },
  { key: 'legalService', label: '法律服务机构' },
  { key: 'otherOrg', label: '其他' },
  { key: 'total', label: '总计', isTotal: true },
];

/** Columns 2–6 sit under 法人或其他组织. */
export const T3_ORG_COLUMN_KEYS = ['business', 'research', 'publicInterest', 'legalService', 'otherOrg'] as const;

const RESULTS = '三、本年度办理结果';
const DENIED = '（三）不予公开';
const UNAVAILABLE = '（四）无法提供';
const NOT_PROCESSED = '（五）不予处理';
const OTHER_HANDLING = '（六）其他处理';

export const T3_ROWS: readonly RowDef[] = [
  { key: 'received', label: '一、本年新收政府信息公开申请数量', groups: [], ref: '一' },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', groups: [], ref: '二' },
  { key: 'granted', label: '（一）予以公开', groups: [RESULTS], ref: '（一）' },
  {
    key: 'partlyGranted',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    groups: [RESULTS],
    ref: '（二）',
  },
  { key: 'denied.stateSecret', label: '1.属于国家秘密', groups: [RESULTS, DENIED], ref: '（三）1' },
  { key: 'denied.prohibitedByLaw', label: '2.其他法律行政法规禁止公开', groups: [RESULTS, DENIED], ref: '（三）2' },
  { key: 'denied.securityStability', label: '3.危及“三安全一稳定”', groups: [RESULTS, DENIED], ref: '（三）3' },
  { key: 'denied.thirdPartyRights', label: '4.保护第三方合法权益', groups: [RESULTS, DENIED], ref: '（三）4' },
  { key: 'denied.internalAffairs', label: '5.属于三类内部事务信息', groups: [RESULTS, DENIED], ref: '（三）5' },
  { key: 'denied.processInformation', label: '6.属于四类过程性信息', groups: [RESULTS, DENIED], ref: '（三）6' },
  { key: 'denied.enforcementFile', label: '7.属于行政执法案卷', groups: [RESULTS, DENIED], ref: '（三）7' },
  { key: 'denied.queryMatter', label: '8.属于行政查询事项', groups: [RESULTS, DENIED], ref: '（三）8' },
  { key: 'unavailable.notHeld', label: '1.本机关不掌握相关政府信息', groups: [RESULTS, UNAVAILABLE], ref: '（四）1' },
  { key: 'unavailable.needsCreation', label: '2.没有现成信息需要另行制作', groups: [RESULTS, UNAVAILABLE], ref: '（四）2' },
  { key: 'unavailable.stillUnclear', label: '3.补正后申请内容仍不明确', groups: [RESULTS, UNAVAILABLE], ref: '（四）3' },
  { key: 'notProcessed.complaint', label: '1.信访举报投诉类申请', groups: [RESULTS, NOT_PROCESSED], ref: '（五）1' },
  { key: 'notProcessed.duplicate', label: '2.重复申请', groups: [RESULTS, NOT_PROCESSED], ref: '（五）2' },
  { key: 'notProcessed.publication', label: '3.要求提供公开出版物', groups: [RESULTS, NOT_PROCESSED], ref: '（五）3' },
  { key: 'notProcessed.excessive', label: '4.无正当理由大量反复申请', groups: [RESULTS, NOT_PROCESSED], ref: '（五）4' },
  {
    key: 'notProcessed.confirmation',
    label: '5.要求行政机关确认或重新出具已获取信息',
    groups: [RESULTS, NOT_PROCESSED],
    ref: '（五）5',
  },
  {
    key: 'otherHandling.noCorrection',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    groups: [RESULTS, OTHER_HANDLING],
    ref: '（六）1',
  },
  {
    key: 'otherHandling.feeUnpaid',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    groups: [RESULTS, OTHER_HANDLING],
    ref: '（六）2',
  },
  { key: 'otherHandling.other', label: '3.其他', groups: [RESULTS, OTHER_HANDLING], ref: '（六）3' },
  { key: 'resultTotal', label: '（七）总计', groups: [RESULTS], ref: '（七）总计', isTotal: true },
  { key: 'carriedForward', label: '四、结转下年度继续办理', groups: [], ref: '四' },
];

/** The result rows that （七）总计 sums (T3-SUM7), in official order. */
export const T3_RESULT_PART_ROWS: readonly string[] = T3_ROWS.filter(
  (r) => r.groups[0] === RESULTS && !r.isTotal,
).map((r) => r.key);

/** Result sub-groups （三）–（六） with their member rows, for subtotals in messages and N-NUMBERS. */
export const T3_RESULT_GROUPS: readonly { readonly label: string; readonly ref: string; readonly rows: readonly string[] }[] = [
  DENIED,
  UNAVAILABLE,
  NOT_PROCESSED,
  OTHER_HANDLING,
].map((g) => ({
  label: g,
  ref: g.slice(0, 3),
  rows: T3_ROWS.filter((r) => r.groups[1] === g).map((r) => r.key),
}));

export const T3_LABEL_COLUMNS = 3;

// ───────────────────────────── Table 四 ─────────────────────────────

export const T4_REVIEW_HEADING = '行政复议';
export const T4_SUIT_HEADING = '行政诉讼';

export const T4_GROUPS: readonly { readonly key: string; readonly label: string; readonly fullLabel: string }[] = [
  { key: 'review', label: '行政复议', fullLabel: '行政复议' },
  { key: 'suitDirect', label: '未经复议直接起诉', fullLabel: '行政诉讼·未经复议直接起诉' },
  { key: 'suitAfterReview', label: '复议后起诉', fullLabel: '行政诉讼·复议后起诉' },
];

export const T4_COLUMNS: readonly ColumnDef[] = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计', isTotal: true },
];
