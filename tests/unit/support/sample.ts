// The sample report (templates/sample-linyi-2024.nianbao.json: 临沂市行政审批服务局 2024, every
// section and cell, no findings) as a fresh project for each test to change.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadProject, type Project } from '../../../src/shared';

export const SAMPLE_PATH = fileURLToPath(new URL('../../../templates/sample-linyi-2024.nianbao.json', import.meta.url));

export function sampleProject(): Project {
  const r = loadProject(readFileSync(SAMPLE_PATH, 'utf8'));
  if (!r.ok) throw new Error(`${SAMPLE_PATH}：${r.message}`);
  return r.project;
}
