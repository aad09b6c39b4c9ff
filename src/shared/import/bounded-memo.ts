// The importer meets the same short texts in every report of a batch (row labels, column
// headings, group labels): their answers are worth remembering, but a stream of distinct inputs
// (a hostile or simply huge folder) must not grow memory without end.

/**
 * `compute`'s answer per text, remembered up to `size` texts; when full the memory is emptied
 * and starts again (cheaper than LRU bookkeeping, and the recurring texts return at once).
 * Answers are shared between callers, so none may be changed.
 */
export function boundedMemo<T extends NonNullable<unknown> | null>(compute: (text: string) => T, size: number): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      if (answers.size >= size) answers.clear();
      answer = compute(text);
      answers.set(text, answer);
    }
    return answer;
  };
}
