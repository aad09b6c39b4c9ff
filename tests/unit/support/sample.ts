// The sample report (templates/sample-linyi-2024.nianbao.json: 临沂市行政审批服务局 2024, every
// section and cell) as a fresh project for each test to change. The template has no 发布日期 (the
// report as published names none in its text); tests give it SAMPLE_PUBLISH_DATE, within the
// deadline, so the sample validates with no findings at all (N-PUBDATE needs a date).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadProject, type Project } from '../../../src/shared';

export const SAMPLE_PATH = fileURLToPath(new URL('../../../templates/sample-linyi-2024.nianbao.json', import.meta.url));
export const SAMPLE_PUBLISH_DATE = '2025-01-20';

/** The template as stored: no 发布日期, so one N-PUBDATE error. */
export function sampleTemplate(): Project {
  const r = loadProject(readFileSync(SAMPLE_PATH, 'utf8'));
  if (!r.ok) throw new Error(`${SAMPLE_PATH}：${r.message}`);
  return r.project;
}

export function sampleProject(): Project {
  const p = sampleTemplate();
  p.meta.publishDate = SAMPLE_PUBLISH_DATE;
  return p;
}
