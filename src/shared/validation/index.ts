export * from './finding';
export * from './derive';
export * from './engine';
export type { Rule, RuleContext } from './context';
export * from './section-parts';
