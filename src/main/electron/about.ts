// 帮助 → 关于: the name and version a clerk reads out to whoever supports her, and the versions
// of the runtime underneath. Kept pure so a test can read it without Electron.
import type { MessageBoxOptions } from 'electron';

export interface AboutFacts {
  /** package.json's version, as app.getVersion() reports it. */
  version: string;
  electron?: string;
  chrome?: string;
  platform: string;
  arch: string;
}

export function aboutBox(facts: AboutFacts): MessageBoxOptions {
  const runtime = [facts.electron && `Electron ${facts.electron}`, facts.chrome && `Chromium ${facts.chrome}`].filter(Boolean).join('，');
  return {
    type: 'info',
    title: '关于年报 Studio',
    message: `年报 Studio ${facts.version}`,
    detail: [
      '政府信息公开工作年度报告编写、校验与导出（离线使用，不联网）。',
      '报告格式：《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）。',
      '',
      `版本：${facts.version}`,
      ...(runtime ? [`运行环境：${runtime}`] : []),
      `系统：${facts.platform} ${facts.arch}`,
    ].join('\n'),
    buttons: ['确定'],
    noLink: true,
  };
}
