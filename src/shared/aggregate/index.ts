export * from './accumulator';
export * from './consolidate';
export * from './unit-status';
export * from './copied-narrative';
export * from './parent';
