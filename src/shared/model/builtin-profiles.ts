// The profiles that ship with the app: the national default (no local requirement beyond
// 国办公开办函〔2021〕30号) and an example built from a real municipal notice
// (profiles/wuwei-2025.json, which a test keeps equal to this copy).
import type { Profile } from './profile';

export const NATIONAL_PROFILE: Profile = {
  kind: 'nianbao-profile',
  name: '全国通用（仅国家格式要求）',
  version: '2021',
  year: 2021,
  source: '国办公开办函〔2021〕30号：没有地方附加要求',
};

export const EXAMPLE_PROFILE: Profile = {
  kind: 'nianbao-profile',
  name: '武威市2025年政府信息公开工作年度报告编制要求',
  version: '2025.1',
  year: 2025,
  source: '武威市人民政府办公室关于做好2025年政府信息公开工作年度报告编制和发布工作的通知（武政办发〔2025〕54号，2025年12月19日）：一、规范年报内容；二、确保数据准确。第六部分四项为各地常见要求',
  sections: {
    overview: {
      maxChars: 1000,
      required: [
        { title: '平台发布信息数量', phrasings: ['政府网站', '政务新媒体', '公众号', '门户网站'], message: '主动公开应写明通过政府网站、政务新媒体、政府公报公示栏等平台发布信息的数量' },
        { title: '政策解读、回应关切数量', phrasings: ['解读', '回应关切'], message: '主动公开应写明政策解读、回应关切的发布数量' },
        { title: '重点领域信息数量', phrasings: ['重点领域', '教育', '医疗', '就业', '养老', '公共资源配置'], message: '主动公开应写明教育、医疗、就业、养老、公共资源配置等重点领域发布信息的数量' },
        { title: '规章和规范性文件数量', phrasings: ['规范性文件', '规章'], message: '政府信息管理应写明本年度规章、行政规范性文件发布、废止数量及现行有效数量' },
        { title: '平台和专区数量', phrasings: ['专区', '公开平台', '政府公报'], message: '政府信息公开平台建设应写明政府信息公开平台设立数量、政务公开专区开设数量、政府公报发刊数量及数字公报建设情况' },
      ],
    },
  },
  otherItems: [
    { title: '信息处理费', phrasings: ['信息处理费'], message: '写明信息处理费收取情况（未收取也应说明）' },
    { title: '落实上级政务公开工作要点', phrasings: ['工作要点', '要点'], message: '写明落实上级年度政务公开工作要点的情况' },
    { title: '人大代表建议和政协提案办理结果公开', phrasings: ['建议', '提案'], message: '写明人大代表建议和政协提案办理结果公开情况' },
    { title: '创新情况', phrasings: ['创新'], message: '写明本年度政务公开工作的创新做法' },
  ],
  severity: { 'N-NUMBERS': 'error' },
};

export const BUILTIN_PROFILES: readonly Profile[] = [NATIONAL_PROFILE, EXAMPLE_PROFILE];
