export * from './carry';
export * from './similarity';
export * from './year-over-year';
