export * from './jht-eligibility.ts';
export * from './jht-payout.ts';
export * from './reasons.ts';
export * from './safety.ts';
export * from './states.ts';
export * from './transitions.ts';
