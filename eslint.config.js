// Lint: TypeScript recommended rules plus the layering rules, by folder, as VS Code enforces
// its layers (lint/layers.js resolves every import against the importing file):
//  - src/shared imports only src/shared and zod, and holds no .tsx;
//  - src/renderer never imports src/main, src/preload, Node built-ins or electron;
//  - src/main never imports src/renderer or src/preload;
//  - src/preload imports only electron and the IPC channel list (src/shared/ipc/channels.ts).
// tests/unit/lint-layers.test.ts feeds each rule a forbidden import and expects a refusal.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layers from './lint/layers.js';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'artifacts/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { layers },
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', performance: 'readonly', structuredClone: 'readonly', __dirname: 'readonly', Buffer: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'layers/boundaries': [
        'error',
        {
          layer: 'src/shared',
          allowFolders: ['src/shared'],
          allowPackages: ['zod'],
          denyTsx: true,
          message: 'src/shared 是纯 TypeScript 核心，只能引用 src/shared 与 zod（不得引用 React、Node、Electron 或其他层）。',
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', '__dirname', 'require'].map((name) => ({
          name,
          message: 'src/shared 是纯 TypeScript 核心：不得使用 Node 或 DOM 全局对象。',
        })),
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'layers/boundaries': [
        'error',
        {
          layer: 'src/renderer',
          denyFolders: ['src/main', 'src/preload'],
          denyNode: true,
          message: '渲染进程不得引用主进程、preload、Node 或 Electron：请通过 preload 暴露的类型化接口（src/shared/ipc）调用主进程。',
        },
      ],
      'no-restricted-globals': ['error', ...['process', 'Buffer', '__dirname', 'require'].map((name) => ({ name, message: '渲染进程不得使用 Node 全局对象。' }))],
    },
  },
  {
    files: ['src/main/**/*.{ts,tsx}'],
    rules: {
      'layers/boundaries': [
        'error',
        {
          layer: 'src/main',
          denyFolders: ['src/renderer', 'src/preload'],
          denyPackages: ['react', 'react-dom'],
          message: '主进程不得引用渲染进程或 preload 的代码。',
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.{ts,tsx}'],
    rules: {
      'layers/boundaries': [
        'error',
        {
          layer: 'src/preload',
          allowFolders: ['src/preload', 'src/shared/ipc/channels.ts'],
          allowPackages: ['electron'],
          message: 'preload 在沙箱中运行，只能引用 electron 与 src/shared/ipc/channels（IPC 通道清单）。',
        },
      ],
    },
  },
);
