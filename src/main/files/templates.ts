// The templates shipped in templates/: blank projects for a department and a government and
// the sample report. The CLI (`nianbao new --template`) and the app list and load them here.
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ISSUER_LEVEL_LABELS, instantiateTemplate, loadProject, type Project, type TemplateFill } from '../../shared';

export const TEMPLATE_SUFFIX = '.nianbao.json';

/**
 * Where templates/ is: beside the sources when run through tsx (src/main/files → ../../..),
 * beside the bundle when built (out/main → ../..), or in the packaged app's resources.
 */
export function templatesDir(): string {
  const candidates = [
    new URL('../../../templates/', import.meta.url),
    new URL('../../templates/', import.meta.url),
    ...(typeof (process as { resourcesPath?: string }).resourcesPath === 'string'
      ? [join((process as { resourcesPath?: string }).resourcesPath!, 'templates')]
      : []),
  ].map((c) => (typeof c === 'string' ? c : fileURLToPath(c)));
  return candidates.find((d) => existsSync(d)) ?? candidates[0]!;
}

export interface TemplateInfo {
  /** File name without the suffix: `department`, `government`, `sample-linyi-2024`. */
  name: string;
  /** One line for lists, in Chinese. */
  description: string;
}

export async function listTemplates(dir = templatesDir()): Promise<TemplateInfo[]> {
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith(TEMPLATE_SUFFIX)).sort();
  const out: TemplateInfo[] = [];
  for (const f of files) {
    const name = f.slice(0, -TEMPLATE_SUFFIX.length);
    const r = loadProject(await fs.readFile(join(dir, f), 'utf8'));
    if (!r.ok) continue; // a broken template is not offered; loadTemplate reports why
    const { issuer, year, issuerLevel } = r.project.meta;
    out.push({
      name,
      description: issuer ? `样例：${issuer} ${year} 年度报告（${ISSUER_LEVEL_LABELS[issuerLevel]}）` : `空白模板：${ISSUER_LEVEL_LABELS[issuerLevel]}`,
    });
  }
  return out;
}

/** Loads a template by name; throws an Error with a Chinese message when it is unknown or broken. */
export async function loadTemplate(name: string, dir = templatesDir()): Promise<Project> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`模板名称“${name}”无效`);
  let text: string;
  try {
    text = await fs.readFile(join(dir, `${name}${TEMPLATE_SUFFIX}`), 'utf8');
  } catch {
    const known = (await listTemplates(dir).catch(() => [])).map((t) => t.name);
    throw new Error(`没有名为“${name}”的模板${known.length ? `；可用模板：${known.join('、')}` : ''}`);
  }
  const r = loadProject(text);
  if (!r.ok) throw new Error(`模板“${name}”已损坏：${r.message}`);
  return r.project;
}

/** A new report from a template, with the clerk's issuer, year and level filled in. */
export async function projectFromTemplate(name: string, fill: TemplateFill, dir = templatesDir()): Promise<Project> {
  return instantiateTemplate(await loadTemplate(name, dir), fill);
}
