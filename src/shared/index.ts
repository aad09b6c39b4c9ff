// The pure core of 年报 Studio: no Node, no DOM. Everything else reads the report through here.
export * from './layout';
export * from './model';
export * from './values/cell-value';
export * from './values/digits';
export * from './values/publish-date';
export * from './validation';
export * from './aggregate';
export * from './prior';
export * from './review';
export * from './narrate';
