export * from './tables';
export * from './cells';
export * from './grid';
export * from './sections';
