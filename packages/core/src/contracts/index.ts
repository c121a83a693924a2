export * from './auth.ts';
export * from './cards.ts';
export * from './common.ts';
export * from './errors.ts';
export * from './passkeys.ts';
export * from './recovery.ts';
export * from './registration.ts';
export * from './staff.ts';
