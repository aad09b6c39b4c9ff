export * from './project';
export * from './project-file';
export { migrate } from './migrate';
export * from './template';
export * from './profile';
export * from './builtin-profiles';
