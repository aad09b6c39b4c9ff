// The PDF producers the import tests print with, when installed: LibreOffice (soffice) for
// .docx → PDF, and Chromium's headless print-to-PDF (a web-to-PDF tool) for HTML → PDF.
import { execFileSync } from 'node:child_process';

function works(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

let chromium: string | null | undefined;
/** The Chromium binary, or null when none is installed. */
export function chromiumPath(): string | null {
  chromium ??= ['chromium', 'chromium-browser', 'google-chrome'].find((c) => works(c, ['--version'])) ?? null;
  return chromium;
}

let soffice: boolean | undefined;
export function hasSoffice(): boolean {
  soffice ??= works('soffice', ['--version']);
  return soffice;
}
