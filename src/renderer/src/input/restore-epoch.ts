// Bumped by the app on every 撤销 / 重做. A field being typed in shows its own draft until it
// loses focus; when the value under it is replaced by an undo, the draft must give way.
import { createContext } from 'react';

export const RestoreEpoch = createContext(0);
