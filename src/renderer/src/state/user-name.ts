// The name of the person at this computer, remembered between sessions: acknowledgements,
// comments and sign-offs carry it. One value for the whole window, so that the name given once
// (e.g. when the first comment asks for it) is the one every form shows.
import { useCallback, useSyncExternalStore } from 'react';

const KEY = 'nianbao.userName';
const listeners = new Set<() => void>();
let current = read();

function read(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function userName(): string {
  return current;
}

export function setUserName(next: string): void {
  current = next;
  try {
    localStorage.setItem(KEY, next);
  } catch {
    // Storage can be unavailable (private mode); the name then lasts until the window closes.
  }
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useUserName(): [string, (name: string) => void] {
  const name = useSyncExternalStore(subscribe, userName);
  const update = useCallback((next: string) => setUserName(next), []);
  return [name, update];
}
