// N-CONTRADICT: the prose says in words that something did not happen (or that everything was
// done) while the tables count it. Reviewers flag "所有申请均已按时办结" beside a carried-forward
// request, "未收到政府信息公开申请" beside new requests, "未发生行政复议" beside 表四 cases.
import { cellKey, describeCell } from '../../layout/cells';
import { T3_COLUMNS, T3_ORG_COLUMN_KEYS, T4_GROUPS, T4_REVIEW_HEADING, T4_SUIT_HEADING } from '../../layout/tables';
import { finding, show, type Rule, type RuleContext } from '../context';
import type { Finding } from '../finding';
import { ALL_PLACES, memoByText, quoteSentence, sentencesOf, withoutPlaceholders } from './text';

/** One kind of claim: where it is made, and the cells that must then all be 0. */
interface Claim {
  readonly id: string;
  /** Finds the claim in a clause; index 0 of the match is quoted around. */
  readonly pattern: RegExp;
  /**
   * Words every match of the pattern contains (one of them): a clause without any is skipped
   * before the pattern, which is tried at every character, runs. Checked by the rule's tests.
   */
  readonly anyOf: readonly string[];
  /** Clauses that speak of something else (复议 in a sentence about requests …). */
  readonly unless?: RegExp;
  /** What the sentence must speak of, when the clause alone does not say ("…，已全部办结"). */
  readonly sentenceNeeds?: RegExp;
  /** Sentences about something else entirely (人大代表建议 … 已全部办结). */
  readonly sentenceUnless?: RegExp;
  /** What the clause itself must speak of. */
  readonly needs?: RegExp;
  /** The cells the claim says are 0, chosen from the clause's words. */
  cells(clause: string): readonly string[];
  /** What the claim amounts to, for the message. */
  readonly says: string;
}

const t3 = (row: string, cols: readonly string[]) => cols.map((c) => cellKey('t3', row, c));
const ALL_APPLICANTS = ['total'];
const ORGS = [...T3_ORG_COLUMN_KEYS];
const PERSONS = [T3_COLUMNS[0]!.key];
/** "未收到法人或者其他组织…的申请" says nothing about natural persons, and vice versa. */
function applicantColumns(clause: string): readonly string[] {
  const persons = /公民|自然人|个人|群众/.test(clause);
  const orgs = /法人|组织|企业/.test(clause);
  if (orgs && !persons) return ORGS;
  if (persons && !orgs) return PERSONS;
  return ALL_APPLICANTS;
}
const review = T4_GROUPS.find((g) => g.key === 'review')!;
const suits = T4_GROUPS.filter((g) => g.key !== 'review');

/** Negations that state something did not happen. */
const NOT = '(?:未|没有|尚未|并未|均未|无)(?:发生|出现|收到|接到|受理|接收|涉及|被|有|产生)?';
/** A clause: no comma or sentence end between the words. */
const IN_CLAUSE = '[^，,。；;：:]{0,30}?';

export const CLAIMS: readonly Claim[] = [
  {
    id: 'all-done',
    pattern: new RegExp(`(?:所有|全部|均|都|全都)${IN_CLAUSE}(?:办结|办理完毕|处理完毕|答复完毕)`),
    sentenceNeeds: /申请/,
    sentenceUnless: /建议|提案|复议|诉讼|信访|投诉|举报|咨询|热线|留言|许可|审批|政务服务/,
    cells: () => t3('carriedForward', ALL_APPLICANTS),
    anyOf: ['办结', '完毕'],
    says: '申请均已办结',
  },
  {
    id: 'no-requests',
    pattern: new RegExp(`${NOT}${IN_CLAUSE}申请|(?:依申请公开|公开申请)[^，,。；;]{0,8}(?:为|是)\\s*(?:0|零)\\s*件`),
    needs: /公开|依申请/,
    unless: /复议|诉讼|建议|提案|信访|投诉|举报|结转|上一?年|收费|未予|不予|处理费|许可|审批/,
    cells: (clause) => t3('received', applicantColumns(clause)),
    anyOf: ['申请'],
    says: '本年未收到政府信息公开申请',
  },
  {
    id: 'no-carry-forward',
    pattern: new RegExp(`${NOT}${IN_CLAUSE}结转(?:至|到)?下一?年`),
    cells: () => t3('carriedForward', ALL_APPLICANTS),
    anyOf: ['结转'],
    says: '没有结转下年度办理的申请',
  },
  {
    id: 'no-review',
    pattern: new RegExp(`${NOT}${IN_CLAUSE}复议`),
    unless: /纠错|纠正|败诉|撤销|确认违法|被告/,
    cells: () => [cellKey('t4', review.key, 'total')],
    anyOf: ['复议'],
    says: `未发生${T4_REVIEW_HEADING}`,
  },
  {
    id: 'no-suit',
    pattern: new RegExp(`${NOT}${IN_CLAUSE}诉讼`),
    unless: /纠错|纠正|败诉|撤销|确认违法/,
    cells: () => suits.map((g) => cellKey('t4', g.key, 'total')),
    anyOf: ['诉讼'],
    says: `未发生${T4_SUIT_HEADING}`,
  },
  {
    id: 'no-fee-notice',
    pattern: new RegExp(`(?:未|没有|均未)(?:发出|发放|下发|出具)${IN_CLAUSE}收费通知`),
    cells: () => t3('otherHandling.feeUnpaid', ALL_APPLICANTS),
    anyOf: ['收费通知'],
    says: '未发出信息处理费收费通知',
  },
];

interface Hit {
  readonly claim: number;
  readonly quote: string;
  readonly paragraph: number;
  readonly clause: string;
}

/** Clauses inside a sentence: a claim holds for its own clause only. */
const CLAUSE = /[^，,；;]+/g;

/**
 * Every claim says something did not happen (未、没有、无) or that all was done (所有、全部、均、
 * 都), or counts zero 件: a clause with none of these is skipped before any claim is tried
 * (checked with the claims' own words by validation-prefilters.test.ts).
 */
export const MAY_CLAIM = /[未没无均都件]|所有|全部/;

const hits = memoByText((raw: string): Hit[] => {
  const out: Hit[] = [];
  for (const s of sentencesOf(withoutPlaceholders(raw))) {
    for (const cm of s.text.matchAll(CLAUSE)) {
      const clause = cm[0];
      if (!MAY_CLAIM.test(clause)) continue;
      CLAIMS.forEach((c, claim) => {
        if (!c.anyOf.some((w) => clause.includes(w))) return;
        const m = c.pattern.exec(clause);
        if (!m || c.unless?.test(clause) || (c.needs && !c.needs.test(clause))) return;
        if ((c.sentenceNeeds && !c.sentenceNeeds.test(s.text)) || c.sentenceUnless?.test(s.text)) return;
        out.push({ claim, clause, paragraph: s.paragraph, quote: quoteSentence(s.text, (cm.index ?? 0) + m.index) });
      });
    }
  }
  return out;
});

function contradicted(ctx: RuleContext, keys: readonly string[]): string[] {
  return keys.filter((k) => ctx.num(k) > 0);
}

export const N_CONTRADICT: Rule = {
  id: 'N-CONTRADICT',
  name: '正文表述与表格矛盾',
  severity: 'warning',
  title: `正文的文字表述与表格数字矛盾（如写“所有申请均已按时办结”但有结转下年度的申请，写“未发生${T4_REVIEW_HEADING}”但表四有复议案件）`,
  check(ctx) {
    const out: Finding[] = [];
    for (const place of ALL_PLACES) {
      const text = place.read(ctx.project);
      if (!text) continue;
      for (const h of hits(text)) {
        const claim = CLAIMS[h.claim]!;
        const keys = claim.cells(h.clause);
        const bad = contradicted(ctx, keys);
        if (!bad.length) continue;
        const figures = bad.map((k) => `${describeCell(k)}为 ${show(ctx, k)}`).join('，');
        out.push(
          finding(ctx, {
            rule: 'N-CONTRADICT',
            severity: 'warning',
            ...(place.section ? { section: place.section } : {}),
            cells: keys,
            extra: `${place.name}:${claim.id}:${h.quote}`,
            message: `${place.name}第 ${h.paragraph} 段写“${h.quote}”（${claim.says}），但${figures}：请改正文字或表格`,
          }),
        );
      }
    }
    return out;
  },
};
