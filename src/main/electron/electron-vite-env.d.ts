// electron-vite's `?modulePath` import suffix: the module is built as a file of its own and the
// import gives its path (as electron-vite/node declares it; that file as a whole would also make
// process.env read-only everywhere).
declare module '*?modulePath' {
  const path: string;
  export default path;
}
