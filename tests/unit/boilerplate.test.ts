import { describe, expect, it } from 'vitest';
import { createProject, linkPriorYear, normalizeForComparison, textSimilarity, validate, type Project } from '../../src/shared';
import { BOILERPLATE_THRESHOLD, N_BOILERPLATE } from '../../src/shared/validation/rules/boilerplate';
import { makeContext } from '../../src/shared/validation/context';

const PROBLEMS_2024 =
  '一是政务公开工作的主动性还需进一步增强，部分科室对政务公开工作重视不够；二是政策解读形式比较单一，图解、视频等解读方式运用较少；' +
  '三是政府网站栏目内容更新不够及时。下一步，我局将加强业务培训，完善工作机制，丰富解读形式，2024年开展培训3次。';

function report(year: number, problems: string): Project {
  const p = createProject({ issuer: '某县财政局', year, issuerLevel: 'department' });
  p.sections.problems = problems;
  return p;
}

const boilerplate = (now: string, last: string) => {
  const linked = linkPriorYear(report(2025, now), report(2024, last)).project;
  return N_BOILERPLATE.check(makeContext(linked));
};

describe('N-BOILERPLATE', () => {
  it('flags a section republished with only the year and figures changed', () => {
    const copied = PROBLEMS_2024.replace('2024年开展培训3次', '2025年开展培训5次');
    const found = boilerplate(copied, PROBLEMS_2024);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'N-BOILERPLATE', severity: 'warning', section: 'problems', cells: [] });
    expect(found[0]!.message).toBe(
      '五、存在的主要问题及改进情况：与 2024 年度报告的相应部分相似度为 100%（达到 90% 即视为内容雷同，数字不同不计），请按本年度实际情况撰写，不要照抄上年度内容',
    );
  });

  it('flags light edits (spacing, punctuation, a word changed) and still reports them through validate()', () => {
    const edited = PROBLEMS_2024.replace('我局', '本局').replace(/，/g, ', ').replace('比较单一', '较为单一');
    expect(textSimilarity(edited, PROBLEMS_2024)).toBeGreaterThanOrEqual(BOILERPLATE_THRESHOLD);
    const linked = linkPriorYear(report(2025, edited), report(2024, PROBLEMS_2024)).project;
    expect(validate(linked).filter((f) => f.rule === 'N-BOILERPLATE')).toHaveLength(1);
  });

  it('does not flag a section rewritten for the year', () => {
    const rewritten =
      '一是依申请公开答复的规范性有待提高，个别答复书引用条款不够准确；二是基层政务公开专区建设进展不平衡；' +
      '三是政策文件解读的及时性仍需加强。针对上述问题，我局将制定答复文书范本，开展专区建设督导，建立解读与文件同步审签机制。';
    const s = textSimilarity(rewritten, PROBLEMS_2024);
    expect(s).toBeLessThan(BOILERPLATE_THRESHOLD);
    expect(boilerplate(rewritten, PROBLEMS_2024)).toEqual([]);
  });

  it('does not flag a section with a new paragraph added to last year’s text (below 90%)', () => {
    const extended = `${PROBLEMS_2024}此外，本年度新增了政务新媒体管理方面的问题：个别账号更新不及时、互动回应不够，已全部整改完毕，并建立了季度巡查制度和通报机制。`;
    expect(boilerplate(extended, PROBLEMS_2024)).toEqual([]);
  });

  it('does not judge short statements that are rightly the same every year, nor without a prior year', () => {
    expect(boilerplate('本年度本机关未收取信息处理费。', '本年度本机关未收取信息处理费。')).toEqual([]);
    expect(N_BOILERPLATE.check(makeContext(report(2025, PROBLEMS_2024)))).toEqual([]);
    expect(boilerplate('', PROBLEMS_2024)).toEqual([]);
  });

  it('a changed section gives a new fingerprint, so an acknowledgement lapses', () => {
    const a = boilerplate(PROBLEMS_2024, PROBLEMS_2024)[0]!;
    const b = boilerplate(`${PROBLEMS_2024}。`, PROBLEMS_2024)[0]!;
    expect(a.fingerprint).not.toBe(b.fingerprint);
  });
});

describe('text similarity', () => {
  it('ignores whitespace, punctuation, width and figures', () => {
    expect(normalizeForComparison('２０２４年， 共 收到 12 件。')).toBe(normalizeForComparison('2025年共收到7件'));
    expect(textSimilarity('甲乙丙丁戊', '甲乙丙丁戊')).toBe(1);
    expect(textSimilarity('甲乙丙丁', '戊己庚辛')).toBe(0);
    expect(textSimilarity('', '')).toBe(1);
    expect(textSimilarity('甲乙', '')).toBe(0);
  });
});
