/** The lazily loaded chunk of the console's claim queue and case. */
export { ConsoleClaimCasePage, ConsoleClaimQueuePage } from './Claims.tsx';
