export * from './narrate';
