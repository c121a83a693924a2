/** The lazily loaded chunk of Klaim JHT's eligibility screens and the Lapak Asik page. */
export { JhtClaimCardsPage, JhtEligibilityPage, LapakAsikPage } from './JhtClaim.tsx';
