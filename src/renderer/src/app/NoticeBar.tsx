// A one-line message under the toolbar: what just happened (saved, imported) or what went wrong, in full.
import { useEffect } from 'react';
import type { Notice } from '../files/use-document';

/** How long a plain confirmation (saved, imported cleanly) stays; errors and lists stay until dismissed. */
const INFO_MS = 6000;

export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss(): void }) {
  const transient = notice.kind === 'info' && !notice.details?.length;
  useEffect(() => {
    if (!transient) return;
    const t = setTimeout(onDismiss, INFO_MS);
    return () => clearTimeout(t);
  }, [notice, transient, onDismiss]);
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <div>
        <p>{notice.text}</p>
        {notice.details && notice.details.length > 0 && (
          <ul>
            {notice.details.slice(0, 20).map((d) => (
              <li key={d}>{d}</li>
            ))}
            {notice.details.length > 20 && <li>……另有 {notice.details.length - 20} 处</li>}
          </ul>
        )}
      </div>
      <button type="button" className="link" onClick={onDismiss} aria-label="关闭提示">
        ×
      </button>
    </div>
  );
}
