// The IPC contract shared by main, preload and renderer. Pure TypeScript + zod.
export * from './channels';
export * from './contract';
export * from './result';
export * from './client';
export type { BridgeApi, NianbaoBridge } from './bridge';
