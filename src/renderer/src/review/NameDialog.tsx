// Asks the reviewer's (or clerk's) name once: comments, decisions and acknowledgements carry it,
// and it is remembered on this computer for the next time.
import { useState } from 'react';
import { Modal } from '../files/Modal';

export function NameDialog({ purpose, onDone, onCancel }: { purpose: string; onDone(name: string): void; onCancel(): void }) {
  const [name, setName] = useState('');
  return (
    <Modal title="请填写您的姓名" onClose={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) onDone(name.trim());
        }}
      >
        <p>{purpose}将署您的姓名。姓名只需填写一次，本机会记住它（可在“审核人”处修改）。</p>
        <label className="field">
          <span>姓名</span>
          <input type="text" autoFocus value={name} onChange={(e) => setName(e.target.value)} aria-label="您的姓名" />
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={!name.trim()}>
            确定
          </button>
          <button type="button" onClick={onCancel}>
            取消
          </button>
        </div>
      </form>
    </Modal>
  );
}
