// The 机关类型 choice, with the standard's names for the kinds of issuer.
import { ISSUER_LEVELS, ISSUER_LEVEL_LABELS, type IssuerLevel } from '../../../shared';

export function IssuerLevelSelect({ value, onChange, focusKey }: { value: IssuerLevel; onChange(level: IssuerLevel): void; focusKey?: string }) {
  return (
    <label className="field">
      <span>机关类型</span>
      <select value={value} onChange={(e) => onChange(e.target.value as IssuerLevel)} aria-label="机关类型" {...(focusKey ? { 'data-focus-key': focusKey } : {})}>
        {ISSUER_LEVELS.map((l) => (
          <option key={l} value={l}>
            {ISSUER_LEVEL_LABELS[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
