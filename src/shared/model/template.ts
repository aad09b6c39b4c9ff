// Turning a template (templates/*.nianbao.json) into a new report: the clerk's issuer, year
// and level go into meta, and the placeholders that only stand for those are filled in.
// Every other 【…】 placeholder stays for the clerk; N-PLACEHOLDER reports what is left.
import { SECTION_IDS } from '../layout/sections';
import type { IssuerLevel, Project } from './project';

export const ISSUER_PLACEHOLDER = '【发布机关】';
export const YEAR_PLACEHOLDER = '【年度】';

export interface TemplateFill {
  issuer?: string;
  year?: number;
  issuerLevel?: IssuerLevel;
}

export function instantiateTemplate(template: Project, fill: TemplateFill): Project {
  const project = structuredClone(template);
  const meta = project.meta;
  if (fill.issuer !== undefined) meta.issuer = fill.issuer;
  if (fill.year !== undefined) meta.year = fill.year;
  if (fill.issuerLevel !== undefined) meta.issuerLevel = fill.issuerLevel;
  const replace = (text: string) => {
    let out = text;
    if (meta.issuer) out = out.replaceAll(ISSUER_PLACEHOLDER, meta.issuer);
    return out.replaceAll(YEAR_PLACEHOLDER, String(meta.year));
  };
  meta.preamble = replace(meta.preamble);
  for (const id of SECTION_IDS) project.sections[id] = replace(project.sections[id]);
  // A new report starts unreviewed, with nothing acknowledged.
  project.acknowledgements = [];
  project.review = { status: 'draft', comments: [], history: [] };
  return project;
}

/**
 * One entry per fact: a contact or basic field the 前言 names is written into it. The field's
 * placeholder (【电话】) gives way to the value; a value written earlier (the field's old value)
 * is replaced by the new one. Returns the text unchanged when it names neither.
 */
export function fillNamedField(text: string, label: string, before: string, after: string): string {
  const value = after.trim();
  if (!value) return text;
  let out = text.replaceAll(`【${label}】`, value);
  const old = before.trim();
  // The old value is replaced only where it stands for the field: long enough not to be a
  // fragment of something else (a 2-digit number), and not the same.
  if (old && old !== value && old.length >= 3) out = out.replaceAll(old, value);
  return out;
}
