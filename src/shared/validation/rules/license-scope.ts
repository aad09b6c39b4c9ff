// T2-LICENSE-SCOPE (spec §3, S): 行政许可 / 行政处罚 / 行政强制 against what the issuer is.
// The project file does not say which powers an agency holds, so the rule goes by the issuer's
// name and only for agency types where the answer is (nearly) certain. Either list may meet
// a legitimate exception — that is why this only warns, to be acknowledged with a reason.
import { cellKey } from '../../layout/cells';
import { T2_BLOCKS } from '../../layout/tables';
import { finding, show, type Rule, type RuleContext } from '../context';
import type { Finding } from '../finding';

/** 行政许可 (第二十条第（五）项), 行政处罚 and 行政强制 (第（六）项), in table order. */
const POWER_ROWS = T2_BLOCKS.flatMap((b) =>
  b.rows
    .filter((r) => r.key === 'licensing' || r.key === 'penalties' || r.key === 'coercion')
    .map((r) => ({ label: r.label, key: cellKey('t2', r.key, 'decisions'), heading: b.heading })),
);
const POWER_KEYS = POWER_ROWS.map((r) => r.key);
/** 第二十条第（五）（六）项: where the clerk finds the three rows. */
const WHERE = `表二${[...new Set(POWER_ROWS.map((r) => r.heading))].join('、')}`;

interface AgencyType {
  /** Matched against the issuer's name (spaces removed); must end the name or its 分局/支队. */
  readonly pattern: RegExp;
  /** What the agency does, as the message says it. */
  readonly what: string;
}

/** A name ending in the agency type, or that agency's branch (某某分局, 某某支队, 某某大队). */
const agency = (type: string) => new RegExp(`(?:${type})(?:[^局委]{0,12}(?:分局|支队|大队))?$`);

/**
 * Agencies that decide 许可 or 处罚 every year: a year with all three at 0 is almost surely a
 * table left unfilled or filled with another unit's figures. Kept to types whose enforcement is
 * in their own name: the five fields of the 2018–2019 综合行政执法改革 (市场监管, 生态环境,
 * 文化市场, 交通运输, 农业 — the teams act "以…部门名义"), 应急管理 (安全生产执法), 公安 and
 * 税务 (处罚 under their own laws every year), the 综合执法/城管 bodies that exist to penalise, and
 * the 行政审批服务局 that exists to license. Left out: types whose powers reforms often moved
 * to an approval bureau or a 综合执法局 (住建, 教育, 民政, 商务, 水利…), where all 0 is ordinary.
 */
export const ENFORCEMENT_AGENCIES: readonly AgencyType[] = [
  { pattern: agency('市场监督管理局|市场监管局'), what: '市场监管执法机关' },
  { pattern: agency('公安局|公安分局'), what: '公安机关' },
  { pattern: agency('生态环境局'), what: '生态环境执法机关' },
  { pattern: agency('城市管理[^局委]{0,8}局'), what: '城市管理执法机关' },
  { pattern: agency('综合行政执法局|综合执法局'), what: '综合行政执法机关' },
  { pattern: agency('交通运输局'), what: '交通运输执法机关' },
  { pattern: agency('应急管理局'), what: '安全生产执法机关' },
  { pattern: agency('自然资源(?:和规划)?局|规划和自然资源局'), what: '自然资源执法机关' },
  { pattern: agency('卫生健康(?:委员会|委|局)'), what: '卫生健康执法机关' },
  { pattern: agency('农业农村局|农业农村委员会'), what: '农业执法机关' },
  { pattern: agency('文化[^局委]{0,8}旅游局'), what: '文化市场执法机关' },
  { pattern: agency('税务局'), what: '税务机关' },
  { pattern: agency('人力资源和社会保障局'), what: '劳动保障监察机关' },
  { pattern: agency('行政审批服务局|行政审批局'), what: '行政许可机关' },
];

/**
 * Agencies without external administrative powers: they neither license, penalise nor coerce
 * anyone. 研究室 and 参事室 advise; 档案馆 (not 档案局, which has 档案执法) and 地方志/史志 bodies
 * are institutions that keep and compile records; 信访 bodies handle petitions (信访事项 are not
 * 许可 decisions); 机关事务管理局 serves the government's own offices (its 公共机构节能 oversight is
 * internal, not 行政处罚). Left out: 政务服务中心/政务服务管理局, which in some places reports
 * the 许可 its hall processes, and 审计局/统计局, which may penalise under their own laws.
 */
export const NO_POWER_AGENCIES: readonly AgencyType[] = [
  { pattern: /(?:研究室|参事室)$/, what: '政策研究、咨询机构' },
  { pattern: /档案馆$/, what: '档案馆' },
  { pattern: /(?:地方志|史志)[^局]{0,12}(?:办公室|研究室|研究院|研究中心|编纂中心|馆)$/, what: '地方志工作机构' },
  { pattern: /信访(?:局|办公室|办)$/, what: '信访工作机构' },
  { pattern: /机关事务管理局$/, what: '机关事务管理机构' },
];

export function agencyType(issuer: string, list: readonly AgencyType[]): AgencyType | undefined {
  const name = issuer.normalize('NFKC').replace(/\s+/g, '');
  return name ? list.find((a) => a.pattern.test(name)) : undefined;
}

const HOW_TO_CONFIRM = '请在此提示中填写理由予以确认';

function figures(ctx: RuleContext, rows: readonly { label: string; key: string }[]): string {
  return rows.map((r) => `${r.label}（${show(ctx, r.key)}）`).join('、');
}

/** Both sides name all three cells, so an acknowledgement lapses when any of them changes. */
function scopeFinding(ctx: RuleContext, side: 'enforcer' | 'no-powers', message: string): Finding[] {
  return [finding(ctx, { rule: 'T2-LICENSE-SCOPE', severity: 'warning', section: 'proactive', cells: POWER_KEYS, extra: side, message })];
}

export const T2_LICENSE_SCOPE: Rule = {
  id: 'T2-LICENSE-SCOPE',
  name: '与机关职权不符',
  severity: 'warning',
  title: `按发布机关名称判断：执法机关的${POWER_ROWS.map((r) => r.label).join('、')}均为 0，或无此类职权的机关填有数字`,
  check(ctx) {
    const issuer = ctx.project.meta.issuer;
    const enforcer = agencyType(issuer, ENFORCEMENT_AGENCIES);
    if (enforcer) {
      if (ctx.sum(POWER_KEYS) !== 0) return [];
      return scopeFinding(
        ctx,
        'enforcer',
        `${WHERE}：${figures(ctx, POWER_ROWS)}均为 0 或未填写，但“${issuer}”是${enforcer.what}，通常每年都有行政许可或行政处罚决定：` +
          `请核对是否漏填或填错。确实没有的（如许可已划转行政审批服务局、处罚由综合执法部门以自己的名义作出），${HOW_TO_CONFIRM}`,
      );
    }
    const noPowers = agencyType(issuer, NO_POWER_AGENCIES);
    if (!noPowers) return [];
    const filled = POWER_ROWS.filter((r) => ctx.num(r.key) > 0);
    if (!filled.length) return [];
    return scopeFinding(
      ctx,
      'no-powers',
      `${WHERE}：${figures(ctx, filled)}填有数字，但“${issuer}”是${noPowers.what}，通常没有行政许可、行政处罚或行政强制职权：` +
        `请核对是否把其他事项（如办理的信访事项、查阅档案）或其他机关的数字填入了表二。确有此类职权的，${HOW_TO_CONFIRM}`,
    );
  },
};
