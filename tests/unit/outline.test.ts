// N-OUTLINE: on import (and so in the batch audit) the published text's parts; while authoring,
// the sub-headings the clerk typed.
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/shared';
import { linesFromText, projectFromLines } from '../../src/shared/import';
import { sampleProject as sample } from './support/sample';

const BODY = '本机关认真贯彻落实条例，做好公开工作，全年主动公开信息100条。';
/** A published text with the given part headings, each followed by a paragraph. */
function published(headings: readonly string[]): string {
  return ['某县审计局2024年政府信息公开工作年度报告', ...headings.flatMap((h) => [h, BODY])].join('\n');
}
function outline(headings: readonly string[]) {
  const r = projectFromLines(linesFromText(published(headings)), { format: 'text', fallbackYear: 2024 });
  if (!r.ok) throw new Error(r.message);
  return r.findings.filter((f) => f.rule === 'N-OUTLINE').map((f) => [f.severity, f.message]);
}
const STANDARD = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

describe('N-OUTLINE on import', () => {
  it('the standard outline, and the known heading variants, raise nothing', () => {
    expect(outline(STANDARD)).toEqual([]);
    expect(outline([STANDARD[0]!, STANDARD[1]!, STANDARD[2]!, '四、因政府信息公开工作被申请行政复议和提起行政诉讼情况', '五、政府信息公开工作存在的主要问题及改进情况', STANDARD[5]!])).toEqual([]);
  });

  it('parts 二–六 numbered 一–五', () => {
    expect(outline(['一、总体情况', '一、主动公开政府信息情况', '二、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'])).toEqual([
      ['error', '“一、主动公开政府信息情况”的序号有误：“主动公开政府信息情况”是第二部分，应为“二、主动公开政府信息情况”（原文第4行）'],
      ['error', '“二、收到和处理政府信息公开申请情况”的序号有误：“收到和处理政府信息公开申请情况”是第三部分，应为“三、收到和处理政府信息公开申请情况”（原文第6行）'],
    ]);
  });

  it('two parts merged under one heading', () => {
    expect(outline([...STANDARD.slice(0, 4), '五、存在的主要问题及改进情况和其他需要报告的事项'])).toEqual([
      ['error', '“五、存在的主要问题及改进情况和其他需要报告的事项”把第五部分“五、存在的主要问题及改进情况”和第六部分“六、其他需要报告的事项”合在一个标题下，各部分应分别列出（原文第10行）'],
    ]);
  });

  it('总体情况’s sub-topics promoted to parts', () => {
    expect(outline(['一、总体情况', '二、依申请公开情况', '三、监督保障', ...STANDARD.slice(1)]).map((f) => f[1])).toEqual([
      '“二、依申请公开情况”是“一、总体情况”下的小标题，却编号为与各部分同级的标题；应写作“（一）主动公开”这样的下一级小标题（原文第4行）',
      '“三、监督保障”是“一、总体情况”下的小标题，却编号为与各部分同级的标题；应写作“（一）主动公开”这样的下一级小标题（原文第6行）',
    ]);
  });

  it('two numbering systems in one report', () => {
    expect(outline([STANDARD[0]!, STANDARD[1]!, STANDARD[2]!, '4.政府信息公开行政复议、行政诉讼情况', STANDARD[4]!, STANDARD[5]!])).toEqual([
      ['error', '各部分标题用了两种编号方式：“一、总体情况”与“4.政府信息公开行政复议、行政诉讼情况”，应统一为“一、”“二、”……（原文第8行）'],
    ]);
  });
});

describe('N-OUTLINE while authoring: the sub-headings the clerk typed', () => {
  it('the sample’s （一）–（五） raise nothing', () => {
    expect(validate(sample()).filter((f) => f.rule === 'N-OUTLINE')).toEqual([]);
  });

  it('a sub-heading numbered like the parts is an error; a repeated （二） a warning', () => {
    const p = sample();
    p.sections.problems = '一、存在的主要问题\n政策解读深度不够，对关键细节解读不够。\n二、改进措施\n细化政策解读，提供图表和案例说明。';
    p.sections.overview = p.sections.overview.replace('（三）政府信息管理方面', '（二）政府信息管理方面');
    expect(validate(p).filter((f) => f.rule === 'N-OUTLINE').map((f) => [f.severity, f.section, f.message])).toEqual([
      ['error', 'problems', '五、存在的主要问题及改进情况第 1 段的小标题“一、存在的主要问题”用了与各部分标题同级的编号，打印后读作另起一部分；小标题请用（一）（二）……'],
      ['error', 'problems', '五、存在的主要问题及改进情况第 3 段的小标题“二、改进措施”用了与各部分标题同级的编号，打印后读作另起一部分；小标题请用（一）（二）……'],
      ['warning', 'overview', '一、总体情况第 6 段的小标题“（二）政府信息管理方面”与前面的小标题重复或倒序，此处应为（三）'],
    ]);
  });

  it('a numbered list inside a paragraph is not a sub-heading', () => {
    const p = sample();
    p.sections.problems = '一、政策解读深度不够，对关键细节解读不够。二、培训不足。';
    expect(validate(p).filter((f) => f.rule === 'N-OUTLINE')).toEqual([]);
  });
});
