export * from './project';
export * from './project-file';
export { migrate } from './migrate';
export * from './template';
