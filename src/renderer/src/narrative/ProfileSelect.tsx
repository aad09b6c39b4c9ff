// 本地要求: which local requirement profile the report is checked against. The shipped ones
// are offered; a profile stored in the project (e.g. set with the command line) is kept as an option.
import type { Dispatch } from 'react';
import { BUILTIN_PROFILES, NATIONAL_PROFILE, type Profile } from '../../../shared';
import type { Action } from '../state/store';

const keyOf = (p: Profile) => `${p.name}|${p.version}`;

export function ProfileSelect({ profile, dispatch }: { profile: Profile | undefined; dispatch: Dispatch<Action> }) {
  const options = [...BUILTIN_PROFILES];
  if (profile && !options.some((p) => keyOf(p) === keyOf(profile))) options.push(profile);
  const current = profile ?? NATIONAL_PROFILE;
  return (
    <label className="field field-wide">
      <span>本地要求</span>
      <select
        data-focus-key="basic:profile"
        value={keyOf(current)}
        onChange={(e) => {
          const chosen = options.find((p) => keyOf(p) === e.target.value)!;
          dispatch({ type: 'setProfile', profile: chosen === NATIONAL_PROFILE ? null : chosen });
        }}
      >
        {options.map((p) => (
          <option key={keyOf(p)} value={keyOf(p)}>
            {p === NATIONAL_PROFILE ? p.name : `${p.name}（版本 ${p.version}）`}
          </option>
        ))}
      </select>
      {profile?.source && <small className="field-note">依据：{profile.source}</small>}
    </label>
  );
}
