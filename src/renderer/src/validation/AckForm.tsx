// Acknowledging a warning: the clerk says why the figure is right. The reason is saved in the
// file with the finding's fingerprint, so it lapses when the numbers it explained change.
import { useState, type FormEvent } from 'react';
import type { Acknowledgement, Finding } from '../../../shared';
import { useUserName } from '../state/user-name';

export function AckForm({ finding, onDone, onCancel }: { finding: Finding; onDone(a: Acknowledgement): void; onCancel(): void }) {
  const [name, setName] = useUserName();
  const [reason, setReason] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) return;
    onDone({ rule: finding.rule, fingerprint: finding.fingerprint, reason: reason.trim(), by: name.trim(), at: new Date().toISOString() });
  }
  return (
    <form className="ack-form" onSubmit={submit}>
      <label>
        <span>确认理由（必填）</span>
        <textarea autoFocus value={reason} onChange={(e) => setReason(e.target.value)} placeholder="例如：本年新制发的文件当年即被修订废止，数据无误。" />
      </label>
      <label>
        <span>确认人</span>
        <input type="text" value={name} onChange={(e) => setName(e.target.value)} placeholder="姓名" />
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={!reason.trim()}>
          确认此提示
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
