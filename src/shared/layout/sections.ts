// The six statutory sections (spec §1), their official headings and what each must contain.
import type { TableId } from './cells';

export const SECTION_IDS = ['overview', 'proactive', 'requests', 'litigation', 'problems', 'other'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface SectionDef {
  readonly id: SectionId;
  /** Chinese ordinal 一…六. */
  readonly number: string;
  /** Official heading, verbatim: what we write. */
  readonly heading: string;
  /** Heading variants seen in published reports (E-HEAD): what we must be able to read. */
  readonly headingVariants: readonly string[];
  readonly table?: TableId;
  /** What the section must contain (spec §1), shown to the clerk. */
  readonly mustContain: readonly string[];
  /** Guidance for the clerk. */
  readonly guidance: string;
  /** Conventional sub-headings a clerk may insert (not mandated). */
  readonly subheadings: readonly string[];
}

export const SECTIONS: readonly SectionDef[] = [
  {
    id: 'overview',
    number: '一',
    heading: '一、总体情况',
    headingVariants: [],
    mustContain: ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障'],
    guidance:
      '概述本年度贯彻落实《中华人民共和国政府信息公开条例》的情况，分主动公开、依申请公开、政府信息管理、平台建设、监督保障五个方面叙述。各级人民政府还应在监督保障部分说明工作考核、社会评议和责任追究结果情况。文中引用的数字应与表格一致。',
    subheadings: ['（一）主动公开', '（二）依申请公开', '（三）政府信息管理', '（四）平台建设', '（五）监督保障'],
  },
  {
    id: 'proactive',
    number: '二',
    heading: '二、主动公开政府信息情况',
    headingVariants: ['二、主动公开政府信息情况'],
    table: 't2',
    mustContain: ['表二：第二十条第（一）（五）（六）（八）项主动公开的信息'],
    guidance: '本部分只填表二。件数为整数；行政事业性收费以万元为单位，最多保留4位小数（精确到元）。信息处理费不填在此处，应在第六部分说明。',
    subheadings: [],
  },
  {
    id: 'requests',
    number: '三',
    heading: '三、收到和处理政府信息公开申请情况',
    headingVariants: ['三、收到和处理政府信息公开申请情况'],
    table: 't3',
    mustContain: ['表三：按申请人类型统计的收到和处理申请情况'],
    guidance:
      '本部分只填表三。每一列须满足：一 + 二 = 三（七）总计 + 四。部分公开的申请只计入（二），不计其他情形。总计由软件自动计算。',
    subheadings: [],
  },
  {
    id: 'litigation',
    number: '四',
    heading: '四、政府信息公开行政复议、行政诉讼情况',
    headingVariants: ['四、因政府信息公开工作被申请行政复议和提起行政诉讼情况', '四、政府信息公开行政复议、行政诉讼情况'],
    table: 't4',
    mustContain: ['表四：行政复议、行政诉讼的结果'],
    guidance:
      '本部分只填表四。复议机关仅因作出复议决定而作为共同被告的诉讼，不计入本机关（国办公开办函〔2016〕201号），由原行政行为机关统计。',
    subheadings: [],
  },
  {
    id: 'problems',
    number: '五',
    heading: '五、存在的主要问题及改进情况',
    headingVariants: ['五、存在的问题及改进情况', '五、政府信息公开工作存在的主要问题及改进情况', '五、政府信息公开工作存在的问题及改进情况'],
    mustContain: ['本机关存在的主要问题', '采取的改进措施', '上一年度报告所列问题的整改情况'],
    guidance: '具体说明本年度工作中存在的主要问题和已采取、拟采取的改进措施，并说明上年度报告所提问题的整改情况。避免逐年照抄（内容雷同）。',
    subheadings: [],
  },
  {
    id: 'other',
    number: '六',
    heading: '六、其他需要报告的事项',
    headingVariants: ['六、其他需要报告的事项'],
    mustContain: [
      '信息处理费收取情况（发出收费通知的件数和总金额、实际收取的总金额；未收取的也应说明）',
      '落实上级年度政务公开工作要点情况',
      '人大代表建议和政协提案办理结果公开情况',
      '其他创新做法和亮点',
    ],
    guidance: '必须说明信息处理费收取情况，即使为零。没有其他事项时也应写明。',
    subheadings: [],
  },
];

export const SECTION_BY_ID: Readonly<Record<SectionId, SectionDef>> = Object.fromEntries(
  SECTIONS.map((s) => [s.id, s]),
) as Record<SectionId, SectionDef>;

/** Sections whose content is prose written by the clerk. */
export const NARRATIVE_SECTION_IDS: readonly SectionId[] = SECTIONS.filter((s) => !s.table).map((s) => s.id);

/** Statement offered for 六 when no 信息处理费 was charged. */
export const FEE_NIL_STATEMENT = '本年度本机关未发出信息处理费收费通知，未收取信息处理费。';

/** Title of a report: 发布机关 + 年份 + 政府信息公开工作年度报告. */
export function reportTitle(issuer: string, year: number): string {
  return `${issuer}${year}年政府信息公开工作年度报告`;
}

export const FORMAT_CITATION = '《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）';
