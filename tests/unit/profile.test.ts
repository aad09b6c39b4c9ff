// 本地要求 (local requirement profiles): the schema refuses a bad file naming field and reason;
// the L-… rules from both sides; the shipped example; --profile on validate, export and audit;
// the profile stored in the project file and named in the .xlsx 校验结果.
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE, NATIONAL_PROFILE, RULES, loadProject, parseProfile, serializeProject, validate, type Profile } from '../../src/shared';
import { nianbao } from './support/nianbao-bin';
import { SAMPLE_PATH, sampleProject as sample } from './support/sample';

const RULE_IDS = RULES.map((r) => r.id);
const parse = (data: unknown) => parseProfile(JSON.stringify(data), RULE_IDS);
const base = { kind: 'nianbao-profile', name: '某市2024年要求', version: '1', year: 2024 } as const;
const rules = (p: ReturnType<typeof sample>, profile: Profile) => validate(p, { profile }).filter((f) => f.rule.startsWith('L-') || profile.severity?.[f.rule]);

describe('the profile schema', () => {
  it('accepts the shipped profiles, and profiles/wuwei-2025.json is the built-in example', async () => {
    const file = await readFile(new URL('../../profiles/wuwei-2025.json', import.meta.url), 'utf8');
    const r = parseProfile(file, RULE_IDS);
    expect(r.ok && r.profile).toEqual(EXAMPLE_PROFILE);
    expect(parse(NATIONAL_PROFILE).ok).toBe(true);
  });

  it('refuses a bad file naming each field and the reason', () => {
    expect(parseProfile('{"kind": ', RULE_IDS)).toMatchObject({ ok: false, message: expect.stringMatching(/^本地要求文件不是有效的 JSON/) });
    const r = parse({ ...base, version: undefined, sections: { overview: { maxChars: -5 }, requests: { maxChars: 100 } }, deadlines: { township: '1月20日' }, severity: { 'N-NOPE': 'error' }, colour: 'red' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      'version：缺少此项',
      'sections.overview.maxChars：不能小于 0',
      'deadlines.township：应为“月-日”格式，如 01-20',
      '（整个文件）：不认识的字段 colour',
    ]);
    // Checks that need a valid shape come once the shape is right.
    const s = parse({ ...base, sections: { requests: { maxChars: 100 } }, severity: { 'N-NOPE': 'error' } });
    expect(s.ok || s.problems).toEqual(['severity.N-NOPE：没有编号为 N-NOPE 的规则', 'sections.requests：第二至四部分只填表格，不能设字数或内容要求']);
  });
});

describe('L- rules', () => {
  it('say nothing without a profile, or with the national default', () => {
    expect(validate(sample()).filter((f) => f.rule.startsWith('L-'))).toEqual([]);
    expect(rules(sample(), NATIONAL_PROFILE)).toEqual([]);
  });

  it('L-YEAR: a profile for another report year is named, with the year to use; the national default fits every year', () => {
    const profile: Profile = { ...base, year: 2025, name: '某市2025年要求', sections: { overview: { maxChars: 5000 } } };
    expect(rules(sample(), profile).map((f) => [f.rule, f.severity, f.lhs, f.rhs, f.message])).toEqual([
      ['L-YEAR', 'warning', 2025, 2024, '本地要求“某市2025年要求”是 2025 年度报告的要求，本报告是 2024 年度：请换用 2024 年度的本地要求（本地要求逐年调整，按其他年度的要求校验可能漏查或误报）'],
    ]);
    expect(rules(sample(), { ...profile, year: 2024 })).toEqual([]);
    expect(NATIONAL_PROFILE.year).not.toBe(sample().meta.year);
    expect(validate(sample(), { profile: NATIONAL_PROFILE }).filter((f) => f.rule === 'L-YEAR')).toEqual([]);
  });

  it('L-LENGTH: a section longer than the local limit', () => {
    const profile: Profile = { ...base, sections: { overview: { maxChars: 500 } } };
    expect(rules(sample(), profile).map((f) => [f.rule, f.title, f.section, f.lhs, f.rhs, f.message])).toEqual([
      ['L-LENGTH', '篇幅超过本地要求', 'overview', 820, 500, '一、总体情况共 820 字，超过本地要求“某市2024年要求”规定的 500 字（多 320 字）'],
    ]);
    expect(rules(sample(), { ...base, sections: { overview: { maxChars: 1000 } } })).toEqual([]);
  });

  it('L-REQUIRED and L-OTHER-ITEMS: required elements in any of their phrasings', () => {
    const profile: Profile = {
      ...base,
      sections: { problems: { required: [{ title: '上年问题整改情况', phrasings: ['整改', '上年度报告'], message: '说明上一年度报告所列问题的整改情况' }] } },
      otherItems: [
        { title: '信息处理费', phrasings: ['信息处理费'], message: '写明信息处理费收取情况' },
        { title: '人大代表建议和政协提案办理结果公开', phrasings: ['建议', '提案'], message: '写明办理结果公开情况' },
        { title: '政务公开培训', phrasings: ['培训'], message: '写明本年度政务公开培训情况' },
      ],
    };
    expect(rules(sample(), profile).map((f) => [f.rule, f.section, f.message])).toEqual([
      ['L-REQUIRED', 'problems', '五、存在的主要问题及改进情况缺少“上年问题整改情况”（本地要求“某市2024年要求”）：说明上一年度报告所列问题的整改情况'],
      ['L-OTHER-ITEMS', 'other', '六、其他需要报告的事项没有说明“政务公开培训”（本地要求“某市2024年要求”）：写明本年度政务公开培训情况'],
    ]);
    const p = sample();
    p.sections.problems += '\n上年度报告所列问题已全部整改。';
    p.sections.other += '\n全年开展政务公开培训2次。';
    expect(rules(p, profile)).toEqual([]);
  });

  it('L-DEADLINE: the local deadline of the issuer level, townships included', () => {
    const profile: Profile = { ...base, deadlines: { department: '01-20', township: '01-15' } };
    const p = sample();
    p.meta.publishDate = '2025-01-18';
    expect(rules(p, profile)).toEqual([]);
    p.meta.issuerLevel = 'township';
    expect(rules(p, profile).map((f) => [f.rule, f.title, f.message])).toEqual([
      ['L-DEADLINE', '晚于本地发布期限', '发布日期 2025年1月18日 晚于本地要求“某市2024年要求”规定的乡镇街道发布期限 2025年1月15日'],
    ]);
  });

  it('extra severity: a warning rule the locality treats as an error can no longer be acknowledged', () => {
    const p = sample();
    p.sections.overview = p.sections.overview.replace('共处理依申请公开 59 件', '共处理依申请公开 60 件');
    const [w] = validate(p).filter((f) => f.rule === 'N-NUMBERS');
    expect(w!.severity).toBe('warning');
    p.acknowledgements.push({ rule: 'N-NUMBERS', fingerprint: w!.fingerprint, reason: '含上年结转', by: '张三', at: '2025-01-10T09:00:00Z' });
    const [e] = validate(p, { profile: { ...base, severity: { 'N-NUMBERS': 'error' } } }).filter((f) => f.rule === 'N-NUMBERS');
    expect(e).toMatchObject({ severity: 'error', message: expect.stringMatching(/（本地要求“某市2024年要求”定为错误）$/) });
    expect(e!.acknowledged).toBeUndefined();
  });

  it('the project keeps its profile: saved, loaded and used without passing it again', () => {
    const p = sample();
    p.profile = { ...base, sections: { overview: { maxChars: 500 } } };
    const loaded = loadProject(serializeProject(p));
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.project.profile).toEqual(p.profile);
    expect(validate(loaded.project).map((f) => f.rule)).toContain('L-LENGTH');
  });
});

describe('--profile on validate, export and audit', () => {
  let dir: string;
  const profileFile = () => join(dir, 'local.json');
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nianbao-profile-'));
    await writeFile(profileFile(), JSON.stringify({ ...base, name: '某市要求', version: '2025.2', sections: { overview: { maxChars: 500 } } }));
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ ...base, year: 'twenty' }));
    // The sample with a 发布日期 (the template has none: N-PUBDATE), so only the profile speaks.
    await writeFile(dated(), serializeProject(sample()));
  });
  const dated = () => join(dir, 'sample.nianbao.json');
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('validate: the example profile raises its L- findings; a bad profile is refused with field and reason', async () => {
    const r = await nianbao(['validate', dated(), '--profile', new URL('../../profiles/wuwei-2025.json', import.meta.url).pathname]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('按本地要求“武威市2025年政府信息公开工作年度报告编制要求”（版本 2025.1）校验');
    expect(r.stdout).toContain('缺少本地要求的内容（L-REQUIRED）：一、总体情况缺少“规章和规范性文件数量”');
    const bad = await nianbao(['validate', SAMPLE_PATH, '--profile', join(dir, 'bad.json')]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('本地要求文件有误：year：类型不对，应为 数字');
  });

  it('export: the .xlsx 校验结果 names the profile and its version, and lists its findings', async () => {
    const xlsx = join(dir, 'out.xlsx');
    const r = await nianbao(['export', dated(), '--xlsx', xlsx, '--profile', profileFile()]);
    expect(r.stderr).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.getWorksheet('校验结果')!;
    expect(String(ws.getCell('A1').value)).toContain('校验依据：国家格式及本地要求“某市要求”（版本 2025.2）');
    const rows: string[] = [];
    ws.eachRow((row) => rows.push(row.values!.toString()));
    expect(rows.join('\n')).toContain('L-LENGTH');
  });

  it('audit: every unit checked against the profile', async () => {
    const units = join(dir, 'units');
    await mkdir(units);
    await writeFile(join(units, 'a.nianbao.json'), await readFile(SAMPLE_PATH, 'utf8'));
    const r = await nianbao(['audit', units, '--json', '--profile', profileFile()]);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('L-LENGTH');
  });
});
