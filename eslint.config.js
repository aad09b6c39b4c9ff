// Lint: TypeScript recommended rules plus the layering rules that keep the pure core pure,
// as VS Code does for its `common` layer: src/shared imports nothing platform-specific, and
// the renderer never reaches Node or Electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_MODULES = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'stream',
  'util',
  'url',
  'buffer',
  'events',
  'zlib',
  'electron',
  'electron/*',
];

const nodeImportBan = (message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: NODE_MODULES, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'artifacts/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', performance: 'readonly', structuredClone: 'readonly', __dirname: 'readonly', Buffer: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      ...nodeImportBan('src/shared 是纯 TypeScript 核心：不得引用 Node 或 Electron 模块。'),
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
      ...nodeImportBan('渲染进程不得引用 Node 或 Electron：请通过 preload 暴露的类型化接口调用主进程。'),
      'no-restricted-globals': ['error', ...['process', 'Buffer', '__dirname', 'require'].map((name) => ({ name, message: '渲染进程不得使用 Node 全局对象。' }))],
    },
  },
);
