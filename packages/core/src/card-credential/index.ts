export * from './messages.ts';
export * from './payload.ts';
export * from './verify.ts';
