// A yes/no question the app asks before an act that is hard to take back (approving with open
// comments, editing an approved report). The safe answer is the one Escape gives.
import { useEffect, useRef } from 'react';
import { Modal } from '../files/Modal';

export interface Confirm {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly cancelLabel?: string;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ confirm }: { confirm: Confirm }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <Modal title={confirm.title} onClose={confirm.onCancel}>
      <p className="confirm-message">{confirm.message}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={confirm.onConfirm}>
          {confirm.confirmLabel}
        </button>
        <button type="button" ref={cancel} onClick={confirm.onCancel}>
          {confirm.cancelLabel ?? '取消'}
        </button>
      </div>
    </Modal>
  );
}
