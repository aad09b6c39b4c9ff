// Review comments: the reviewer's remarks anchored to a section or a cell. The clerk sees the
// open ones, jumps to their place and marks them resolved (with what was done).
import { useState, type Dispatch } from 'react';
import type { Comment, Project } from '../../../shared';
import type { Action } from '../state/store';
import { useUserName } from '../state/user-name';
import { describeAnchor, targetOfAnchor } from '../validation/focus-target';
import { formatTime } from './format-time';

function ResolveForm({ comment, dispatch, onDone }: { comment: Comment; dispatch: Dispatch<Action>; onDone(): void }) {
  const [name, setName] = useUserName();
  const [text, setText] = useState('');
  return (
    <form
      className="resolve-form"
      onSubmit={(e) => {
        e.preventDefault();
        dispatch({ type: 'resolveComment', id: comment.id, by: name.trim(), at: new Date().toISOString(), resolution: text.trim() });
        onDone();
      }}
    >
      <textarea autoFocus value={text} onChange={(e) => setText(e.target.value)} placeholder="处理说明（可选），例如：已更正表三自然人列数据。" aria-label="处理说明" />
      <input type="text" value={name} onChange={(e) => setName(e.target.value)} placeholder="处理人" aria-label="处理人" />
      <div className="actions">
        <button type="submit" className="primary">
          标记为已处理
        </button>
        <button type="button" onClick={onDone}>
          取消
        </button>
      </div>
    </form>
  );
}

function CommentItem({ c, dispatch, role, onGo }: { c: Comment; dispatch: Dispatch<Action>; role: 'clerk' | 'reviewer'; onGo(c: Comment): void }) {
  const [resolving, setResolving] = useState(false);
  return (
    <li className={`comment${c.resolved ? ' comment-resolved' : ''}`} data-comment={c.id}>
      <button type="button" className="comment-anchor link" onClick={() => onGo(c)}>
        {describeAnchor(c.anchor)}
      </button>
      <p className="comment-text">{c.text}</p>
      <p className="comment-meta">
        {c.author || '审核人'} · {formatTime(c.at)}
      </p>
      {c.resolved ? (
        <p className="comment-resolution">
          已处理{c.resolvedBy ? `（${c.resolvedBy}，${formatTime(c.resolvedAt ?? '')}）` : ''}
          {c.resolution ? `：${c.resolution}` : ''}
        </p>
      ) : role === 'clerk' && !resolving ? (
        <button type="button" className="link" onClick={() => setResolving(true)}>
          处理完毕…
        </button>
      ) : null}
      {resolving && <ResolveForm comment={c} dispatch={dispatch} onDone={() => setResolving(false)} />}
    </li>
  );
}

export function CommentList({ project, dispatch, role, onGo }: { project: Project; dispatch: Dispatch<Action>; role: 'clerk' | 'reviewer'; onGo?(c: Comment): void }) {
  const comments = project.review.comments;
  const open = comments.filter((c) => !c.resolved);
  const done = comments.filter((c) => c.resolved);
  const go = onGo ?? ((c: Comment) => dispatch({ type: 'focus', target: targetOfAnchor(c.anchor) }));
  if (comments.length === 0) return <p className="muted">暂无审核意见。</p>;
  return (
    <div className="comments">
      <h3>待处理 {open.length}</h3>
      {open.length === 0 ? (
        <p className="muted">所有意见均已处理。</p>
      ) : (
        <ul>
          {open.map((c) => (
            <CommentItem key={c.id} c={c} dispatch={dispatch} role={role} onGo={go} />
          ))}
        </ul>
      )}
      {done.length > 0 && (
        <details>
          <summary>已处理 {done.length}</summary>
          <ul>
            {done.map((c) => (
              <CommentItem key={c.id} c={c} dispatch={dispatch} role={role} onGo={go} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
