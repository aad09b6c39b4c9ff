// The Chinese application menu (文件 / 编辑 / 视图 / 工具 / 帮助) as a plain template, so a test
// can read its labels and shortcuts without Electron. Commands for the report go to the renderer
// as typed menu.command events; clipboard and zoom use Electron's built-in roles.
//
// 撤销 / 重做 are commands, not the roles 'undo' / 'redo': the roles only reach a text field's
// own undo, while in the table grid they must take back the report's last edit (a pasted block).
// Their shortcuts are shown but not registered (registerAccelerator: false), so Ctrl+Z reaches
// the page, which routes it itself; a click sends the command, routed the same way.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../../shared/ipc';

export interface MenuContext {
  recent: readonly RecentFile[];
  send(command: MenuCommand): void;
  openRecoveryFolder(): void;
  /** 帮助 → 关于: a native box in main, so it shows the version even with no report open. */
  showAbout(): void;
  devTools: boolean;
}

export function menuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const cmd = (command: MenuCommand) => () => ctx.send(command);
  const recentItems: MenuItemConstructorOptions[] = ctx.recent.length
    ? ctx.recent.map((r, i) => ({
        label: `${i < 9 ? `&${i + 1} ` : ''}${r.name}`,
        sublabel: r.path,
        toolTip: r.path,
        enabled: r.exists,
        click: cmd({ command: 'open-recent', path: r.path }),
      }))
    : [{ label: '（无）', enabled: false }];
  return [
    {
      label: '文件(&F)',
      submenu: [
        { label: '新建(&N)…', accelerator: 'CmdOrCtrl+N', click: cmd({ command: 'new' }) },
        { label: '打开(&O)…', accelerator: 'CmdOrCtrl+O', click: cmd({ command: 'open' }) },
        { label: '最近打开(&R)', submenu: recentItems },
        { label: '导入已有报告(&I)…', click: cmd({ command: 'import' }) },
        { type: 'separator' },
        { label: '保存(&S)', accelerator: 'CmdOrCtrl+S', click: cmd({ command: 'save' }) },
        { label: '另存为(&A)…', accelerator: 'CmdOrCtrl+Shift+S', click: cmd({ command: 'save-as' }) },
        { type: 'separator' },
        { label: '导出(&E)…', accelerator: 'CmdOrCtrl+E', click: cmd({ command: 'export' }) },
        { label: '导出 Word 文档(.docx)…', click: cmd({ command: 'export', format: 'docx' }) },
        { label: '导出 Excel 工作簿(.xlsx)…', click: cmd({ command: 'export', format: 'xlsx' }) },
        { type: 'separator' },
        { label: '退出(&X)', role: 'quit' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        { label: '撤销(&U)', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: cmd({ command: 'undo' }) },
        { label: '重做(&R)', accelerator: 'CmdOrCtrl+Y', registerAccelerator: false, click: cmd({ command: 'redo' }) },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        { label: '审核模式', accelerator: 'CmdOrCtrl+Shift+R', click: cmd({ command: 'toggle-review' }) },
        { label: '校验结果', click: cmd({ command: 'show-findings' }) },
        // Shown, not registered: the page handles F8 itself (also in a text field), as with 撤销.
        { label: '下一个问题', accelerator: 'F8', registerAccelerator: false, click: cmd({ command: 'next-finding' }) },
        { label: '上一个问题', accelerator: 'Shift+F8', registerAccelerator: false, click: cmd({ command: 'prev-finding' }) },
        { type: 'separator' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { label: '实际大小', role: 'resetZoom' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
        ...(ctx.devTools ? ([{ type: 'separator' }, { label: '开发者工具', role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : []),
      ],
    },
    {
      label: '工具(&T)',
      submenu: [
        { label: '关联上年度报告(&P)…', click: cmd({ command: 'prior' }) },
        { label: '发布核对(&C)…', click: cmd({ command: 'check-published' }) },
        { type: 'separator' },
        { label: '汇总(&A)…', click: cmd({ command: 'batch', kind: 'aggregate' }) },
        { label: '批量审核(&B)…', click: cmd({ command: 'batch', kind: 'audit' }) },
      ],
    },
    {
      label: '帮助(&H)',
      submenu: [
        { label: '打开恢复草稿所在文件夹', click: () => ctx.openRecoveryFolder() },
        { type: 'separator' },
        { label: '关于年报 Studio', click: () => ctx.showAbout() },
      ],
    },
  ];
}
