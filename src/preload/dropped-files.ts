// Files dropped onto the window. Only a real drop by the user (isTrusted: a page script cannot
// forge one) yields paths, and only through `pathOf` (Electron's webUtils, in the preload's
// isolated world: a File the page builds itself has none). Main grants them and opens a project
// or imports a report (src/main/electron/dropped-files.ts).
//
// Self-contained on purpose (no imports, no helpers from outside its body): the browser tests
// install this very function into Chromium, with a stand-in for webUtils, and drop real files
// on the page through the DevTools protocol.
export function forwardDroppedFiles(target: Window, pathOf: (file: File) => string, send: (paths: string[]) => void): void {
  target.addEventListener('dragover', (event) => {
    if (event.isTrusted && event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  target.addEventListener('drop', (event) => {
    if (!event.isTrusted || !event.dataTransfer?.files.length) return;
    event.preventDefault();
    const paths = Array.from(event.dataTransfer.files, pathOf).filter((p) => p !== '');
    if (paths.length) send(paths);
  });
}
