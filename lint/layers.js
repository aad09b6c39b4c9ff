// The layering rule of the house, by folder (as VS Code enforces for its `common` layer):
// every import, re-export, dynamic import() and require() of a file is resolved against the
// file's own folder and checked against what its layer may use. Relative paths are resolved,
// so `../../main/x` from src/shared is caught however deep the file sits.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** `react-dom/client` → `react-dom`, `@scope/pkg/x` → `@scope/pkg`, `node:fs/promises` → `node:fs`. */
function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const toPosix = (p) => p.split(sep).join('/');

/**
 * Options (one object):
 *  - layer: the layer's name in messages, e.g. `src/shared`;
 *  - allowFolders: repo-relative folders (or exact files) this layer may import from; omitted = any;
 *  - denyFolders: repo-relative folders it may never import from;
 *  - allowPackages: bare package names it may import; omitted = any package not denied;
 *  - denyNode: true to refuse Node built-ins and electron;
 *  - denyPackages: package names refused;
 *  - message: the reason, in Chinese, appended to every refusal.
 */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the layer boundaries of src/shared, src/main, src/preload and src/renderer.' },
    schema: [{ type: 'object', additionalProperties: true }],
    messages: {
      folder: '{{layer}} 不得引用 {{target}}：{{message}}',
      pkg: '{{layer}} 不得引用模块 “{{target}}”：{{message}}',
      tsx: '{{layer}} 不得包含 .tsx 文件：{{message}}',
    },
  },
  create(context) {
    const o = context.options[0] ?? {};
    const root = context.cwd;
    const file = context.filename;
    const inFolder = (target, folder) => target === folder || target.startsWith(`${folder}/`);
    const data = (target) => ({ layer: o.layer, target, message: o.message });

    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const target = toPosix(relative(root, resolve(dirname(file), spec)));
        const targetNoExt = target.replace(/\.(tsx?|jsx?|mjs|cjs)$/, '');
        const denied = (o.denyFolders ?? []).some((f) => inFolder(target, f));
        const allowed =
          !o.allowFolders || o.allowFolders.some((f) => inFolder(target, f) || inFolder(targetNoExt, f.replace(/\.(tsx?|jsx?)$/, '')));
        if (denied || !allowed) context.report({ node, messageId: 'folder', data: data(target) });
        else if (o.denyTsx && /\.tsx$/.test(target)) context.report({ node, messageId: 'folder', data: data(target) });
        return;
      }
      const name = packageName(spec);
      const isNode = NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(name) || name === 'electron';
      const refused =
        (o.denyNode && isNode) ||
        (o.denyPackages ?? []).includes(name) ||
        (o.allowPackages && !o.allowPackages.includes(name));
      if (refused) context.report({ node, messageId: 'pkg', data: data(spec) });
    }

    const source = (node) => (node.source && node.source.type === 'Literal' ? node.source.value : undefined);
    return {
      Program(node) {
        if (o.denyTsx && /\.tsx$/.test(file)) context.report({ node, messageId: 'tsx', data: data(file) });
      },
      ImportDeclaration: (node) => check(node, source(node)),
      ExportNamedDeclaration: (node) => check(node, source(node)),
      ExportAllDeclaration: (node) => check(node, source(node)),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference.type === 'TSExternalModuleReference' && check(node, node.moduleReference.expression.value),
      CallExpression(node) {
        const arg = node.arguments[0];
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && arg?.type === 'Literal') check(node, arg.value);
      },
      TSImportType(node) {
        const arg = node.argument;
        const lit = arg?.type === 'TSLiteralType' ? arg.literal : arg;
        if (lit?.type === 'Literal') check(node, lit.value);
      },
    };
  },
};

export default { rules: { boundaries: layersRule } };
