// The window: the start screen, or the open report in 编写 (navigator · form · validation
// panel) or 审核 mode. Validation runs on every change of the project — the shared engine is
// fast enough to do it within a frame.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type Dispatch } from 'react';
import { summarize, validate } from '../../../shared';
import type { BatchKind, ExportFormat, MenuCommand } from '../../../shared/ipc';
import { BatchView } from '../batch/BatchView';
import { ExportDialog } from '../files/ExportDialog';
import { PromptDialog } from '../files/PromptDialog';
import { useDocument } from '../files/use-document';
import { ImportLogPanel } from '../importlog/ImportLogPanel';
import { ipc, newRecoveryKey } from '../ipc/client';
import { Navigator } from '../nav/Navigator';
import { PriorYearDialog } from '../prior/PriorYearDialog';
import { PublishCheckDialog } from '../publish/PublishCheckDialog';
import { ReviewView } from '../review/ReviewView';
import { StartScreen } from '../start/StartScreen';
import { RestoreEpoch } from '../input/restore-epoch';
import { canRedo, canUndo, editsContent, initialState, reduce, type Action } from '../state/store';
import { ConfirmDialog } from '../review/ConfirmDialog';
import { focusPlace } from '../tables/focus-cell';
import { marksOf } from '../validation/cell-marks';
import { ValidationPanel } from '../validation/ValidationPanel';
import { stepFinding, walkOrder } from '../validation/finding-walk';
import { targetOfFinding } from '../validation/focus-target';
import { Editor } from './Editor';
import { NoticeBar } from './NoticeBar';
import { Toolbar } from './Toolbar';
import { runHistoryCommand, useHistoryKeys, type HistoryCommand } from './undo-routing';

export function App() {
  const [state, dispatch] = useReducer(reduce, initialState);
  // 审核通过 covers the report as approved: the first edit after it asks before undoing the
  // approval. Every edit of the clerk goes through `edit`; the question holds the edit until answered.
  const current = useRef(state);
  current.current = state;
  const [heldEdit, setHeldEdit] = useState<{ action: Action; focus: Element | null } | null>(null);
  const edit: Dispatch<Action> = useCallback((action: Action) => {
    const s = current.current;
    const approved = s.doc?.project.review.status === 'approved' && s.mode === 'edit';
    const effective = action.type === 'undo' ? canUndo(s) !== null : action.type === 'redo' ? canRedo(s) !== null : true;
    if (approved && editsContent(action) && effective) {
      setHeldEdit((held) => held ?? { action, focus: document.activeElement });
      return;
    }
    dispatch(action);
  }, []);
  const [exporting, setExporting] = useState<{ format?: ExportFormat } | null>(null);
  const [priorOpen, setPriorOpen] = useState(false);
  const [publishCheckOpen, setPublishCheckOpen] = useState(false);
  const [batch, setBatch] = useState<BatchKind | null>(null);
  // A report opened from the menu while 汇总 / 批量审核 shows: closing it goes back to the start screen.
  const hasDoc = state.doc !== null;
  useEffect(() => {
    if (hasDoc) setBatch(null);
  }, [hasDoc]);
  const project = state.doc?.project ?? null;
  const findings = useMemo(() => (project ? validate(project) : []), [project]);
  const marks = useMemo(() => marksOf(findings), [findings]);

  // 下一个问题 / 上一个问题 (F8 / Shift+F8): from the finding last visited, in report order.
  const [visited, setVisited] = useState<string | null>(null);
  const walkRef = useRef<(dir: 1 | -1) => void>(() => {});
  walkRef.current = (dir) => {
    const f = stepFinding(walkOrder(findings), visited, state.view, dir);
    if (!f) return;
    if (state.mode !== 'edit') dispatch({ type: 'setMode', mode: 'edit' });
    setVisited(f.fingerprint);
    dispatch({ type: 'focus', target: targetOfFinding(f) });
  };
  const walk = useCallback((dir: 1 | -1) => walkRef.current(dir), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F8' || e.ctrlKey || e.altKey || e.metaKey || document.activeElement?.closest('[role="dialog"]')) return;
      e.preventDefault();
      walk(e.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [walk]);

  // 撤销 / 重做 (the store records every edit of the report's figures and text as a step).
  const history = useCallback((command: HistoryCommand) => edit({ type: command }), [edit]);
  useHistoryKeys(history);
  // Moving to another field or cell closes the step being typed: coming back makes a new one.
  useEffect(() => {
    const onFocus = () => dispatch({ type: 'closeStep' });
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);

  function onMenu(c: MenuCommand) {
    const doc = state.doc;
    switch (c.command) {
      case 'new':
        if (doc) controls.close();
        return;
      case 'open':
        return void controls.open();
      case 'open-recent':
        return void controls.openPath(c.path);
      case 'import':
        return void controls.importReport(c.path);
      case 'prior':
        if (doc) setPriorOpen(true);
        else controls.setNotice({ kind: 'info', text: '请先新建或打开本年度报告，再关联上年度报告。' });
        return;
      case 'check-published':
        if (doc) setPublishCheckOpen(true);
        else controls.setNotice({ kind: 'info', text: '请先打开审定的报告，再核对网站上发布的版本。' });
        return;
      case 'batch':
        // 汇总 / 批量审核 take the whole window: the open report is closed first (asking about unsaved edits).
        if (doc) controls.close(() => setBatch(c.kind));
        else setBatch(c.kind);
        return;
      case 'undo':
      case 'redo':
        return runHistoryCommand(c.command, history);
      case 'save':
        return void (doc && controls.save());
      case 'save-as':
        return void (doc && controls.saveAs());
      case 'save-and-close':
        return void controls.save().then(async (saved) => {
          if (saved) await ipc()?.window.close({ force: true });
        });
      case 'export':
        if (doc) setExporting(c.format ? { format: c.format } : {});
        return;
      case 'toggle-review':
        if (doc) dispatch({ type: 'setMode', mode: state.mode === 'edit' ? 'review' : 'edit' });
        return;
      case 'show-findings':
        if (doc) dispatch({ type: 'setMode', mode: 'edit' });
        return;
      case 'next-finding':
      case 'prev-finding':
        if (doc) walk(c.command === 'next-finding' ? 1 : -1);
        return;
    }
  }
  const controls = useDocument(state, dispatch, onMenu);

  const { setNotice } = controls;
  const dismissNotice = useCallback(() => setNotice(null), [setNotice]);

  // Started with a project file (double-click in the file manager): open it at once.
  const { openPath } = controls;
  useEffect(() => {
    void ipc()
      ?.app.info({})
      .then((r) => {
        if (r.ok && r.value.startupFile) void openPath(r.value.startupFile);
      });
  }, [openPath]);

  // A click on a finding or comment moves the focus once the view showing it has rendered.
  const focus = state.focus;
  useEffect(() => {
    if (!focus) return;
    const t = focus.target;
    const key = t.kind === 'cell' ? `cell:${t.key}` : t.kind === 'section' ? `section:${t.section}` : `basic:${t.field ?? 'issuer'}`;
    const id = requestAnimationFrame(() => focusPlace(key, t.kind === 'cell' ? [] : (t.quotes ?? [])));
    return () => cancelAnimationFrame(id);
  }, [focus]);

  const doc = state.doc;
  return (
    <RestoreEpoch.Provider value={state.restored}>
      <div className="app">
        {doc && (
          <Toolbar
            doc={doc}
            mode={state.mode}
            onSave={() => void controls.save()}
            onSaveAs={() => void controls.saveAs()}
            onExport={() => setExporting({})}
            onPrior={() => setPriorOpen(true)}
            onPublishCheck={() => setPublishCheckOpen(true)}
            undoLabel={canUndo(state)}
            redoLabel={canRedo(state)}
            onHistory={history}
            onMode={(mode) => dispatch({ type: 'setMode', mode })}
            onClose={() => controls.close()}
          />
        )}
        {controls.notice && <NoticeBar notice={controls.notice} onDismiss={dismissNotice} />}
        {!doc && batch ? (
          <BatchView
            kind={batch}
            onClose={() => setBatch(null)}
            onOpenFile={(path, isProject) => void (isProject ? controls.openPath(path) : controls.importReport(path))}
            onOpenProject={(project) => {
              setBatch(null);
              controls.openRecovered({ key: newRecoveryKey(), path: null, name: '未命名', savedAt: new Date().toISOString(), project });
            }}
          />
        ) : !doc ? (
          <StartScreen controls={controls} onBatch={setBatch} />
        ) : state.mode === 'review' ? (
          <ReviewView project={doc.project} findings={findings} marks={marks} dispatch={dispatch} />
        ) : (
          <div className="workspace">
            <Navigator project={doc.project} findings={findings} current={state.view} onSelect={(view) => dispatch({ type: 'navigate', view })} />
            <Editor project={doc.project} view={state.view} marks={marks} dispatch={edit} />
            {controls.importLog?.docKey === doc.recoveryKey ? (
              <ImportLogPanel record={controls.importLog} onClose={() => controls.setImportLog(null)} />
            ) : (
              <ValidationPanel
                project={doc.project}
                findings={findings}
                dispatch={edit}
                current={state.view}
                active={visited}
                onVisit={setVisited}
                onWalk={walk}
              />
            )}
          </div>
        )}
        {doc && (
          <footer className="statusbar">
            <span>{doc.filePath ?? '尚未保存到文件'}</span>
            <span className="history-note" role="status" aria-live="polite">
              {state.historyNote}
            </span>
            <span>{controls.draftSavedAt ? `恢复草稿已自动保存 ${new Date(controls.draftSavedAt).toLocaleTimeString('zh-CN')}` : ''}</span>
          </footer>
        )}
        {exporting && doc && (
          <ExportDialog
            project={doc.project}
            projectPath={doc.filePath}
            errors={summarize(findings).errors}
            findings={findings}
            onGo={(f) => {
              setExporting(null);
              if (state.mode !== 'edit') dispatch({ type: 'setMode', mode: 'edit' });
              setVisited(f.fingerprint);
              dispatch({ type: 'focus', target: targetOfFinding(f) });
            }}
            {...(exporting.format ? { initialFormat: exporting.format } : {})}
            onClose={() => setExporting(null)}
          />
        )}
        {priorOpen && doc && <PriorYearDialog project={doc.project} dispatch={edit} onClose={() => setPriorOpen(false)} />}
        {heldEdit && (
          <ConfirmDialog
            confirm={{
              title: '报告已审核通过',
              message: '修改将撤销审核通过，是否继续？',
              confirmLabel: '继续修改',
              cancelLabel: '不修改',
              onConfirm: () => {
                setHeldEdit(null);
                dispatch(heldEdit.action);
                (heldEdit.focus as HTMLElement | null)?.focus?.();
              },
              onCancel: () => {
                setHeldEdit(null);
                dispatch({ type: 'revert' });
                (heldEdit.focus as HTMLElement | null)?.focus?.();
              },
            }}
          />
        )}
        {publishCheckOpen && doc && <PublishCheckDialog project={doc.project} onClose={() => setPublishCheckOpen(false)} />}
        {controls.prompt && <PromptDialog prompt={controls.prompt} answer={controls.answer} />}
      </div>
    </RestoreEpoch.Provider>
  );
}
