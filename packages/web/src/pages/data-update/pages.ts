/** The lazily loaded chunk of pengkinian data and ahli waris. */
export { BeneficiariesPage } from './Beneficiaries.tsx';
export { DataUpdatePage } from './DataUpdate.tsx';
