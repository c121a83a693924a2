export * from './beneficiaries.ts';
export * from './diff.ts';
export * from './face.ts';
export * from './messages.ts';
export * from './person-data.ts';
export * from './sla.ts';
export * from './steps.ts';
export * from './validate.ts';
