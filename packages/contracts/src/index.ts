export * from './common';
export * from './auth';
export * from './catalog';
export * from './audit';
export * from './identity';
export * from './records';
export * from './booking';
export * from './reports';
