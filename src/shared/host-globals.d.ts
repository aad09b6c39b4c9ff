// The only host global the pure core relies on beyond ECMAScript: both Chromium and Node
// provide structuredClone. Declared here so that tsconfig.shared.json can type-check
// src/shared with neither DOM nor Node types.
declare function structuredClone<T>(value: T): T;
