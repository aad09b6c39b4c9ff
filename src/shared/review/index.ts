export * from './approval';
export { sha256Hex } from './sha256';
