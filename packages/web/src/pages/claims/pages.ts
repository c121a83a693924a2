/** The lazily loaded chunk of Klaim JHT and Tracking Klaim. */
export { ClaimWizardPage } from './ClaimWizard.tsx';
export { ClaimListPage, ClaimTrackingPage } from './Tracking.tsx';
