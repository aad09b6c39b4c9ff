// An approved report's fingerprint travels with it: `nianbao validate` prints it (text and
// --json), the .docx carries it in its document properties, the .xlsx in its properties and on
// the 校验结果 sheet; after an edit each says the report changed since approval.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../src/main/export/docx';
import { FINDINGS_SHEET, buildXlsx } from '../../src/main/export/xlsx';
import { contentFingerprint, reportContent, serializeProject, validate, type Project } from '../../src/shared';
import { nianbao } from './support/nianbao-bin';
import { sampleProject as sample } from './support/sample';

function approved(): Project {
  const p = sample();
  const fingerprint = contentFingerprint(p);
  p.review = {
    status: 'approved',
    comments: [],
    history: [{ decision: 'approved', by: '李主任', at: '2025-02-01T09:00:00.000Z', note: '', fingerprint }],
    approved: { fingerprint, by: '李主任', at: '2025-02-01T09:00:00.000Z', content: reportContent(p) },
  };
  return p;
}

describe('the approval fingerprint outside the app', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-approval-'));

  it('nianbao validate prints it, and says when the report changed since', async () => {
    const p = approved();
    const fp = p.review.approved!.fingerprint;
    const file = join(dir, 'approved.nianbao.json');
    writeFileSync(file, serializeProject(p));
    const text = await nianbao(['validate', file]);
    expect(text.stdout).toContain(`审核通过（李主任，2025-02-01T09:00:00.000Z）；内容指纹 SHA-256：${fp}`);
    const json = JSON.parse((await nianbao(['validate', file, '--json'])).stdout);
    expect(json.review).toEqual({ status: 'approved', contentFingerprint: fp, approvedFingerprint: fp, approvedBy: '李主任', approvedAt: '2025-02-01T09:00:00.000Z', unchangedSinceApproval: true });

    p.cells['t2.normativeDocuments.issued'] = 9;
    p.review.status = 'draft';
    writeFileSync(file, serializeProject(p));
    const after = await nianbao(['validate', file]);
    expect(after.stdout).toContain(`审核通过后已修改，待重新审核：审核通过版本（李主任，2025-02-01T09:00:00.000Z）指纹 SHA-256：${fp}；当前内容指纹 SHA-256：${contentFingerprint(p)}`);
  });

  it('the .docx carries it in its document properties', async () => {
    const p = approved();
    const zip = await JSZip.loadAsync(await buildDocx(p, [], { draft: false }));
    const core = await zip.file('docProps/core.xml')!.async('string');
    const custom = await zip.file('docProps/custom.xml')!.async('string');
    expect(core).toContain(`内容指纹 SHA-256：${p.review.approved!.fingerprint}`);
    expect(custom).toContain('ApprovedSHA256');
    expect(custom).toContain(p.review.approved!.fingerprint);
  });

  it('the .xlsx carries it in its properties and on 校验结果', async () => {
    const p = approved();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildXlsx(p, validate(p))) as unknown as ArrayBuffer);
    expect(wb.description).toContain(p.review.approved!.fingerprint);
    expect(String(wb.getWorksheet(FINDINGS_SHEET)!.getCell('A2').value)).toContain(`审核通过（李主任，2025-02-01T09:00:00.000Z）；内容指纹 SHA-256：${p.review.approved!.fingerprint}`);
  });
});
