export * from './read-unit';
export * from './scan';
export * from './run';
export * from './summary-workbook';
export * from './parent-comparison';
export * from './audit-workbook';
export * from './text-report';
export { sourceWorker, UnitPool, type WorkerSource } from './unit-pool';
