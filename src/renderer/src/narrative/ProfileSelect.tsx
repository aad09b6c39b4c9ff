// 本地要求: which local requirement profile the report is checked against. The shipped ones
// are offered, a prefecture's own file can be loaded (从文件载入…, main reads only the file
// chosen in its dialog), and a profile stored in the project is kept as an option.
import { useId, useState, type Dispatch } from 'react';
import { BUILTIN_PROFILES, NATIONAL_PROFILE, type Profile } from '../../../shared';
import { ipc } from '../ipc/client';
import type { Action } from '../state/store';

const keyOf = (p: Profile) => `${p.name}|${p.version}`;

export function ProfileSelect({ profile, dispatch }: { profile: Profile | undefined; dispatch: Dispatch<Action> }) {
  const id = useId();
  const [error, setError] = useState<{ message: string; details: string[] } | null>(null);
  const [loaded, setLoaded] = useState<string | null>(null);
  const options = [...BUILTIN_PROFILES];
  if (profile && !options.some((p) => keyOf(p) === keyOf(profile))) options.push(profile);
  const current = profile ?? NATIONAL_PROFILE;

  async function load() {
    const client = ipc();
    if (!client) return setError({ message: '无法连接年报 Studio 主进程：请从桌面应用中打开本页面。', details: [] });
    const r = await client.profile.read({});
    if (!r.ok) return setError({ message: r.error, details: r.details ?? [] });
    if (!r.value) return;
    setError(null);
    setLoaded(r.value.source);
    dispatch({ type: 'setProfile', profile: r.value.profile });
  }

  return (
    <div className="field field-wide">
      <label className="field-head" htmlFor={id}>
        本地要求
      </label>
      <div className="profile-row">
        <select
          id={id}
          data-focus-key="basic:profile"
          value={keyOf(current)}
          onChange={(e) => {
            const chosen = options.find((p) => keyOf(p) === e.target.value)!;
            setLoaded(null);
            dispatch({ type: 'setProfile', profile: chosen === NATIONAL_PROFILE ? null : chosen });
          }}
        >
          {options.map((p) => (
            <option key={keyOf(p)} value={keyOf(p)}>
              {p === NATIONAL_PROFILE ? p.name : `${p.name}（版本 ${p.version}，${p.year} 年度）`}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void load()}>
          从文件载入…
        </button>
      </div>
      {loaded && <small className="field-note">已从“{loaded}”载入，随项目保存</small>}
      {profile?.source && <small className="field-note">依据：{profile.source}</small>}
      {error && (
        <em className="field-error" role="alert">
          {error.details.length > 1 ? (
            <>
              本地要求文件有误，共 {error.details.length} 处，未载入：
              <ul>
                {error.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </>
          ) : (
            error.message
          )}
        </em>
      )}
    </div>
  );
}
