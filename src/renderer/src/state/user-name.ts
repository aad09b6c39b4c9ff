// The name of the person at this computer, remembered between sessions: acknowledgements,
// comments and sign-offs carry it.
import { useCallback, useState } from 'react';

const KEY = 'nianbao.userName';

function read(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function useUserName(): [string, (name: string) => void] {
  const [name, setName] = useState(read);
  const update = useCallback((next: string) => {
    setName(next);
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Storage can be unavailable (private mode); the name is then asked for each time.
    }
  }, []);
  return [name, update];
}
