// Text input that works with a Chinese IME: while a composition is open (pinyin being
// picked), what the field shows is only a draft; the store receives the text when the
// composition ends, and on every ordinary keystroke otherwise. The draft is kept while the
// field has focus so that normalisation (e.g. １２ → 12) never fights the typing — except
// after 撤销 / 重做, which replace the value under the field (RestoreEpoch).
import { useCallback, useContext, useRef, useState, type ChangeEvent, type CompositionEvent } from 'react';
import { RestoreEpoch } from './restore-epoch';

type Field = HTMLInputElement | HTMLTextAreaElement;

export interface ImeInput<E extends Field> {
  readonly props: {
    value: string;
    onChange(e: ChangeEvent<E>): void;
    onCompositionStart(): void;
    onCompositionEnd(e: CompositionEvent<E>): void;
    onBlur(): void;
  };
  /** True between compositionstart and compositionend: key presses belong to the IME. */
  isComposing(): boolean;
  /** Drop the draft (after the value was replaced from outside, e.g. by a paste). */
  reset(): void;
}

export function useImeInput<E extends Field = HTMLInputElement>(value: string, commit: (text: string) => void): ImeInput<E> {
  const [draft, setDraft] = useState<string | null>(null);
  const composing = useRef(false);
  const epoch = useContext(RestoreEpoch);
  const [seenEpoch, setSeenEpoch] = useState(epoch);
  if (seenEpoch !== epoch) {
    // Adjusting state while rendering (React's pattern for state derived from a change).
    setSeenEpoch(epoch);
    if (draft !== null) setDraft(null);
  }
  const reset = useCallback(() => setDraft(null), []);
  const isComposing = useCallback(() => composing.current, []);
  return {
    props: {
      value: seenEpoch !== epoch ? value : (draft ?? value),
      onChange(e) {
        setDraft(e.target.value);
        if (!composing.current) commit(e.target.value);
      },
      onCompositionStart() {
        composing.current = true;
      },
      onCompositionEnd(e) {
        composing.current = false;
        setDraft(e.currentTarget.value);
        commit(e.currentTarget.value);
      },
      onBlur() {
        composing.current = false;
        setDraft(null);
      },
    },
    isComposing,
    reset,
  };
}
