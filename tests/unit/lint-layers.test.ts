// The layering rules are only as real as their refusals: each case feeds ESLint (the repo's own
// eslint.config.js, through its Node API) one forbidden import at a path inside a layer and
// expects `layers/boundaries` to refuse it — and a permitted import beside it to pass, so that
// a rule which refuses everything fails too.
import { describe, expect, test } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return result!.messages.filter((m) => m.ruleId === 'layers/boundaries').map((m) => m.message);
}

const FORBIDDEN: [string, string, string][] = [
  // [file, code, why]
  ['src/shared/validation/probe.ts', "import { useState } from 'react';\nexport const x = useState;", 'shared → react'],
  ['src/shared/validation/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'shared → node:fs'],
  ['src/shared/validation/probe.ts', "import path from 'path';\nexport const x = path;", 'shared → path (bare builtin)'],
  ['src/shared/validation/probe.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;", 'shared → electron'],
  ['src/shared/validation/probe.ts', "import { writeDocx } from '../../main/export/docx';\nexport const x = writeDocx;", 'shared → ../../main'],
  ['src/shared/validation/rules/probe.ts', "export * from '../../../renderer/src/state/store';", 'shared → renderer (re-export)'],
  ['src/shared/validation/probe.ts', "export const x = () => import('../../main/cli/main');", 'shared → main (dynamic import)'],
  ['src/shared/validation/probe.ts', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;", 'shared → exceljs'],
  ['src/shared/validation/Probe.tsx', 'export const x = 1;', 'shared holds a .tsx'],
  ['src/renderer/src/app/probe.ts', "import { exportReport } from '../../../main/export/export-report';\nexport const x = exportReport;", 'renderer → main'],
  ['src/renderer/src/app/probe.tsx', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;", 'renderer → node:fs/promises'],
  ['src/renderer/src/app/probe.ts', "import os from 'os';\nexport const x = os;", 'renderer → os'],
  ['src/renderer/src/app/probe.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;", 'renderer → electron'],
  ['src/renderer/src/app/probe.ts', "export * from '../../../preload/index';", 'renderer → preload'],
  ['src/main/export/probe.ts', "import { App } from '../../renderer/src/app/App';\nexport const x = App;", 'main → renderer'],
  ['src/main/export/probe.ts', "import { createRoot } from 'react-dom/client';\nexport const x = createRoot;", 'main → react-dom'],
  ['src/preload/probe.ts', "import { z } from 'zod';\nexport const x = z;", 'preload → zod'],
  ['src/preload/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'preload → node:fs'],
  ['src/preload/probe.ts', "import { HANDLERS } from '../main/ipc/handlers';\nexport const x = HANDLERS;", 'preload → main'],
  ['src/preload/probe.ts', "import { CONTRACT } from '../shared/ipc/contract';\nexport const x = CONTRACT;", 'preload → shared beyond the channel list'],
  ['src/preload/probe.ts', "const fs = require('fs');\nexport const x = fs;", 'preload → require(fs)'],
];

const PERMITTED: [string, string, string][] = [
  ['src/shared/validation/probe.ts', "import { z } from 'zod';\nimport { CELLS } from '../layout';\nexport const x = [z, CELLS];", 'shared → zod, shared'],
  ['src/renderer/src/app/probe.tsx', "import { useState } from 'react';\nimport { CELLS } from '../../../shared/layout';\nexport const x = [useState, CELLS];", 'renderer → react, shared'],
  ['src/main/export/probe.ts', "import { writeFile } from 'node:fs/promises';\nimport { CELLS } from '../../shared/layout';\nexport const x = [writeFile, CELLS];", 'main → node, shared'],
  ['src/preload/probe.ts', "import { ipcRenderer } from 'electron';\nimport { INVOKE_CHANNELS } from '../shared/ipc/channels';\nexport const x = [ipcRenderer, INVOKE_CHANNELS];", 'preload → electron, channels'],
];

describe('lint refuses every import across a layer boundary', () => {
  test.each(FORBIDDEN.map(([file, code, why]) => [why, file, code]))('%s is refused', async (_why, file, code) => {
    const errors = await layerErrors(file, code);
    expect(errors.length).toBeGreaterThan(0);
    // The refusal says in Chinese which layer and why.
    expect(errors[0]).toMatch(/不得/);
  });

  test.each(PERMITTED.map(([file, code, why]) => [why, file, code]))('%s is accepted', async (_why, file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
