// The PDF producers the import tests print with, when installed: LibreOffice (soffice) for
// .docx → PDF, and Chromium's headless print-to-PDF (a web-to-PDF tool) for HTML → PDF.
// Starting either takes seconds, so each prints a whole batch in one start.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

function works(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

let chromiumBin: string | null | undefined;
/** The Chromium binary (CHROMIUM_PATH, or Debian's), or null when none is installed. */
export function chromiumPath(): string | null {
  chromiumBin ??= [process.env.CHROMIUM_PATH, '/usr/bin/chromium', 'chromium', 'chromium-browser'].find((c): c is string => !!c && works(c, ['--version'])) ?? null;
  return chromiumBin;
}

let soffice: boolean | undefined;
export function hasSoffice(): boolean {
  soffice ??= works('soffice', ['--version']);
  return soffice;
}

/** Each .docx printed to PDF by LibreOffice, all in one `soffice --convert-to pdf` run. */
export function docxToPdf(files: readonly Uint8Array[]): Uint8Array[] {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-soffice-'));
  const names = files.map((bytes, i) => {
    writeFileSync(join(dir, `r${i}.docx`), bytes);
    return join(dir, `r${i}.docx`);
  });
  // A profile of its own: another LibreOffice running on the machine is not disturbed or waited for.
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names], { stdio: 'ignore', timeout: 180_000 });
  return files.map((_, i) => new Uint8Array(readFileSync(join(dir, `r${i}.pdf`))));
}

/** Each HTML page printed to PDF (A4) by headless Chromium, one browser for the batch. */
export async function htmlToPdf(pages: readonly string[]): Promise<Uint8Array[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath()!, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'] });
  try {
    const page = await browser.newPage();
    const out: Uint8Array[] = [];
    for (const html of pages) {
      await page.setContent(html, { waitUntil: 'load' });
      out.push(new Uint8Array(await page.pdf({ format: 'A4', printBackground: false })));
    }
    return out;
  } finally {
    await browser.close();
  }
}
