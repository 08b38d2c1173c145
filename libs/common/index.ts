export * from './errors';
export * from './masking';
export * from './text';
export * from './pagination';
export * from './clock';
export * from './enums';
