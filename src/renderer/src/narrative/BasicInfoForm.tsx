// 前言 / 基本信息: who issues the report, for which year, when it is published and whom to
// contact, and the unnumbered opening paragraph before 一.
import { useRef, useState, type Dispatch } from 'react';
import { ConfirmDialog } from '../review/ConfirmDialog';
import { CONTACT_NAMES, DATE_PROBLEM, FORMAT_CITATION, META_NAMES, fillNamedField, SECTIONS, formatDate, parseDate, reportTitle, type Project } from '../../../shared';
import { IssuerLevelSelect } from '../input/IssuerLevelSelect';
import { ProfileSelect } from './ProfileSelect';
import { YEAR_PROBLEM, parseYear } from '../input/parse-year';
import { useImeInput } from '../input/use-ime-input';
import type { Action } from '../state/store';
import type { Mark } from '../validation/cell-marks';

type ContactField = keyof Project['meta']['contact'];

const CONTACT_FIELDS = Object.entries(CONTACT_NAMES) as [ContactField, string][];

/** The customary opening paragraph of published reports (legal basis, parts, period, where to find it, whom to ask). */
export function standardPreamble(project: Project): string {
  const { year, issuer, contact } = project.meta;
  const parts = SECTIONS.map((s) => s.heading.replace(/^[一二三四五六]、/, '')).join('、');
  const who = contact.office.trim() || issuer || '本机关';
  const reach = (['address', 'postcode', 'phone', 'email'] as const)
    .filter((f) => contact[f].trim())
    .map((f) => `${CONTACT_NAMES[f]}：${contact[f].trim()}`)
    .join('；');
  return (
    `本报告根据《中华人民共和国政府信息公开条例》和${FORMAT_CITATION}要求编制。` +
    `报告全文包括${parts}等六个部分。` +
    `本报告中所列数据统计期限为${year}年1月1日至12月31日。` +
    `本报告电子版可在${issuer || '本机关'}门户网站下载。如对本报告有疑问，请与${who}联系${reach ? `（${reach}）` : ''}。`
  );
}

function TextField({ label, field, value, onCommit, onDone, wide }: { label: string; field: string; value: string; onCommit(v: string): void; onDone?(before: string, after: string): void; wide?: boolean }) {
  const ime = useImeInput(value, onCommit);
  // What the field held when the clerk entered it: on leaving, the 前言 takes the new value.
  const atFocus = useRef(value);
  return (
    <label className={`field${wide ? ' field-wide' : ''}`}>
      <span>{label}</span>
      <input
        type="text"
        data-focus-key={`basic:${field}`}
        {...ime.props}
        onFocus={() => (atFocus.current = value)}
        onBlur={(e) => {
          ime.props.onBlur();
          if (e.currentTarget.value !== atFocus.current) onDone?.(atFocus.current, e.currentTarget.value);
        }}
      />
    </label>
  );
}

export function BasicInfoForm({ project, mark, dispatch }: { project: Project; mark: Mark | undefined; dispatch: Dispatch<Action> }) {
  const m = project.meta;
  const [yearText, setYearText] = useState<string | null>(null);
  const [dateText, setDateText] = useState<string | null>(null);
  const dateProblem = dateText !== null && parseDate(dateText) === undefined ? DATE_PROBLEM : '';
  const preamble = useImeInput<HTMLTextAreaElement>(m.preamble, (text) => dispatch({ type: 'setMeta', patch: { preamble: text } }));
  const yearProblem = yearText !== null && parseYear(yearText) === null ? YEAR_PROBLEM : '';
  const [askReplace, setAskReplace] = useState(false);
  /** A field the 前言 names was changed: write it into the 前言 too (one entry per fact). */
  const fill = (label: string) => (before: string, after: string) => {
    const next = fillNamedField(project.meta.preamble, label, before, after);
    if (next !== project.meta.preamble) {
      preamble.reset();
      dispatch({ type: 'setMeta', patch: { preamble: next } });
    }
  };
  const replacePreamble = () => {
    preamble.reset();
    dispatch({ type: 'setMeta', patch: { preamble: standardPreamble(project) } });
  };

  return (
    <div className="basic-form">
      <p className="title-preview">
        报告标题：<strong>{reportTitle(m.issuer || '（发布机关）', m.year)}</strong>
      </p>
      {mark && (
        <ul className={`section-findings mark-${mark.severity}`}>
          {mark.messages.map((msg) => (
            <li key={msg}>{msg}</li>
          ))}
        </ul>
      )}
      <div className="form-grid">
        <TextField label="发布机关" field="issuer" value={m.issuer} onCommit={(v) => dispatch({ type: 'setMeta', patch: { issuer: v } })} onDone={fill(META_NAMES.issuer!)} wide />
        <IssuerLevelSelect value={m.issuerLevel} focusKey="basic:issuerLevel" onChange={(issuerLevel) => dispatch({ type: 'setMeta', patch: { issuerLevel } })} />
        <label className="field">
          <span>报告年度</span>
          <input
            type="text"
            inputMode="numeric"
            data-focus-key="basic:year"
            value={yearText ?? String(m.year)}
            aria-invalid={Boolean(yearProblem) || undefined}
            onChange={(e) => {
              setYearText(e.target.value);
              const year = parseYear(e.target.value);
              if (year !== null) dispatch({ type: 'setMeta', patch: { year } });
            }}
            onBlur={() => setYearText(null)}
          />
          {yearProblem && <em className="field-error">{yearProblem}</em>}
        </label>
        <label className="field">
          <span>发布日期</span>
          <input
            type="text"
            data-focus-key="basic:publishDate"
            placeholder="例如 2026年1月20日"
            value={dateText ?? formatDate(m.publishDate)}
            aria-invalid={Boolean(dateProblem) || undefined}
            onChange={(e) => {
              setDateText(e.target.value);
              const date = parseDate(e.target.value);
              if (date !== undefined) dispatch({ type: 'setMeta', patch: { publishDate: date } });
            }}
            // A date that cannot be read stays as typed, with its message, until corrected.
            onBlur={() => dateText !== null && parseDate(dateText) !== undefined && setDateText(null)}
          />
          {dateProblem && <em className="field-error">{dateProblem}</em>}
        </label>
        <ProfileSelect profile={project.profile} dispatch={dispatch} />
      </div>
      <fieldset className="contact">
        <legend>联系方式</legend>
        <div className="form-grid">
          {CONTACT_FIELDS.map(([field, label]) => (
            <TextField
              key={field}
              label={label}
              field={`contact.${field}`}
              value={m.contact[field]}
              onCommit={(v) => dispatch({ type: 'setContact', patch: { [field]: v } })}
              onDone={fill(label)}
              wide={field === 'address' || field === 'office'}
            />
          ))}
        </div>
      </fieldset>
      <div className="field field-wide">
        <span className="field-head">
          前言
          <button
            type="button"
            className="chip"
            onClick={() => {
              // Someone's own wording is not overwritten without asking.
              if (m.preamble.trim() && m.preamble !== standardPreamble(project)) setAskReplace(true);
              else replacePreamble();
            }}
          >
            {m.preamble.trim() ? '替换为常用前言' : '插入常用前言'}
          </button>
        </span>
        <textarea className="preamble-text" data-focus-key="basic:preamble" aria-label="前言" placeholder="编制依据、报告组成、统计期限、电子版下载和联系方式。" {...preamble.props} />
      </div>
      {askReplace && (
        <ConfirmDialog
          confirm={{
            title: '替换前言',
            message: '现有前言将被常用前言替换（其中的发布机关、统计期限和联系方式取自上面填写的内容）。替换后可用“撤销”恢复。是否替换？',
            confirmLabel: '替换',
            onConfirm: () => {
              setAskReplace(false);
              replacePreamble();
            },
            onCancel: () => setAskReplace(false),
          }}
        />
      )}
    </div>
  );
}
