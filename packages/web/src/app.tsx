import { LocationProvider, lazy, Route, Router } from 'preact-iso';
import { Layout } from './components/Layout.tsx';
import { CardHistoryPage } from './pages/CardHistory.tsx';
import { AddCardPage } from './pages/cards/AddCard.tsx';
import { DigitalCardPage } from './pages/cards/DigitalCard.tsx';
import {
  ConsoleHomePage,
  ConsoleLoginPage,
  MemberRecordPage,
  RecoveryRequestPage,
} from './pages/console/Console.tsx';
import { HomePage } from './pages/Home.tsx';
import { LoginPage } from './pages/Login.tsx';
import { NoticesPage } from './pages/money/Notices.tsx';
import { NotFoundPage } from './pages/NotFound.tsx';
import { ForgotAccountPage } from './pages/recover/ForgotAccount.tsx';
import { RegisterPage } from './pages/register/Register.tsx';
import { ForgotPasswordPage } from './pages/reset/ForgotPassword.tsx';
import { SecurityPage } from './pages/Security.tsx';
import { UnblockPage } from './pages/unblock/Unblock.tsx';

/** Simulasi Iuran carries core's rule tables: loaded when opened (precached for offline use). */
const ContributionSimulationPage = lazy(() =>
  import('./pages/simulation/ContributionSimulation.tsx').then((m) => m.ContributionSimulationPage),
);

/**
 * The employer portal is for companies' HR staff only: loaded when opened, so a member's phone never
 * parses it on the way to Beranda (the service worker still precaches it for offline use).
 */
const employerPortal = () => import('./pages/employer/Employer.tsx');
const EmployerHomePage = lazy(() => employerPortal().then((m) => m.EmployerHomePage));
const EmployerLoginPage = lazy(() => employerPortal().then((m) => m.EmployerLoginPage));
const WorkersPage = lazy(() => employerPortal().then((m) => m.WorkersPage));
const RegisterWorkerPage = lazy(() => employerPortal().then((m) => m.RegisterWorkerPage));
const LeaverPage = lazy(() => employerPortal().then((m) => m.LeaverPage));
const WagesPage = lazy(() => employerPortal().then((m) => m.WagesPage));
const InvoicesPage = lazy(() => employerPortal().then((m) => m.InvoicesPage));
const InvoiceDetailPage = lazy(() => employerPortal().then((m) => m.InvoiceDetailPage));
const LeaveReportRequestsPage = lazy(() => employerPortal().then((m) => m.LeaveReportRequestsPage));
/** Iuran BPU carries core's BPU rule tables (for the monthly amount before confirming): loaded when opened. */
/** An officer's data-update case (photos, scores, decision): loaded when an officer opens one. */
const DataUpdateCasePage = lazy(() =>
  import('./pages/console/DataUpdateCase.tsx').then((m) => m.DataUpdateCasePage),
);
/** An officer's identity-correction case (registry comparison, KTP/KK photos, decision): loaded when opened. */
const IdentityCorrectionCasePage = lazy(() =>
  import('./pages/console/IdentityCorrectionCase.tsx').then((m) => m.IdentityCorrectionCasePage),
);
const BpuPage = lazy(() => import('./pages/money/Bpu.tsx').then((m) => m.BpuPage));
const IdentityCorrectionPage = lazy(() =>
  import('./pages/identity-correction/IdentityCorrection.tsx').then((m) => m.IdentityCorrectionPage),
);

/** Pengkinian data and ahli waris: the camera, the bank and region lists load only when opened. */
const dataUpdatePages = () => import('./pages/data-update/pages.ts');
const DataUpdatePage = lazy(() => dataUpdatePages().then((m) => m.DataUpdatePage));
const BeneficiariesPage = lazy(() => dataUpdatePages().then((m) => m.BeneficiariesPage));

/** Klaim JHT's conditions and the Lapak Asik page: loaded when opened. */
const jhtClaimPages = () => import('./pages/jht-claim/pages.ts');
const JhtClaimCardsPage = lazy(() => jhtClaimPages().then((m) => m.JhtClaimCardsPage));
const JhtEligibilityPage = lazy(() => jhtClaimPages().then((m) => m.JhtEligibilityPage));
const LapakAsikPage = lazy(() => jhtClaimPages().then((m) => m.LapakAsikPage));
/** Klaim JHT and Tracking Klaim: the camera and the claim words load only when opened. */
const claimPages = () => import('./pages/claims/pages.ts');
const ClaimWizardPage = lazy(() => claimPages().then((m) => m.ClaimWizardPage));
const ClaimListPage = lazy(() => claimPages().then((m) => m.ClaimListPage));
const ClaimTrackingPage = lazy(() => claimPages().then((m) => m.ClaimTrackingPage));
/** The console's claim queue and case: loaded when an officer opens them. */
const consoleClaimPages = () => import('./pages/console/claims-pages.ts');
const ConsoleClaimQueuePage = lazy(() => consoleClaimPages().then((m) => m.ConsoleClaimQueuePage));
const ConsoleClaimCasePage = lazy(() => consoleClaimPages().then((m) => m.ConsoleClaimCasePage));

/** After moving to another page, put keyboard and screen-reader focus at the start of its content. */
function focusMain() {
  const main = document.getElementById('main');
  if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: true });
}

export function App() {
  return (
    <LocationProvider>
      <Layout>
        <Router onRouteChange={focusMain}>
          <Route path="/" component={HomePage} />
          <Route path="/masuk" component={LoginPage} />
          <Route path="/daftar/:langkah?" component={RegisterPage} />
          <Route path="/buka-blokir/:langkah?" component={UnblockPage} />
          <Route path="/lupa-password/:langkah?" component={ForgotPasswordPage} />
          <Route path="/lupa-akun/:langkah?" component={ForgotAccountPage} />
          <Route path="/kartu/:kpj" component={CardHistoryPage} />
          <Route path="/kartu/:kpj/digital" component={DigitalCardPage} />
          <Route path="/kartu/:kpj/pengkinian/:langkah?" component={DataUpdatePage} />
          <Route path="/ahli-waris" component={BeneficiariesPage} />
          <Route path="/tambah-kartu" component={AddCardPage} />
          <Route path="/keamanan" component={SecurityPage} />
          <Route path="/simulasi/iuran" component={ContributionSimulationPage} />
          <Route path="/notifikasi" component={NoticesPage} />
          <Route path="/iuran-bpu" component={BpuPage} />
          <Route path="/koreksi-identitas" component={IdentityCorrectionPage} />
          <Route path="/console" component={ConsoleHomePage} />
          <Route path="/console/masuk" component={ConsoleLoginPage} />
          <Route path="/console/peserta/:personId" component={MemberRecordPage} />
          <Route path="/console/pemulihan/:requestId" component={RecoveryRequestPage} />
          <Route path="/console/pengkinian/:id" component={DataUpdateCasePage} />
          <Route path="/console/koreksi-identitas/:id" component={IdentityCorrectionCasePage} />
          <Route path="/employer" component={EmployerHomePage} />
          <Route path="/employer/masuk" component={EmployerLoginPage} />
          <Route path="/employer/pekerja" component={WorkersPage} />
          <Route path="/employer/pekerja/daftar" component={RegisterWorkerPage} />
          <Route path="/employer/pekerja/:kpj/berhenti" component={LeaverPage} />
          <Route path="/employer/upah" component={WagesPage} />
          <Route path="/employer/tagihan" component={InvoicesPage} />
          <Route path="/employer/tagihan/:number" component={InvoiceDetailPage} />
          <Route path="/klaim-jht" component={JhtClaimCardsPage} />
          <Route path="/klaim-jht/:kpj" component={JhtEligibilityPage} />
          <Route path="/lapak-asik" component={LapakAsikPage} />
          <Route path="/employer/permintaan-lapor" component={LeaveReportRequestsPage} />
          <Route path="/klaim-jht/:kpj/ajukan" component={ClaimWizardPage} />
          <Route path="/tracking-klaim" component={ClaimListPage} />
          <Route path="/tracking-klaim/:id" component={ClaimTrackingPage} />
          <Route path="/console/klaim" component={ConsoleClaimQueuePage} />
          <Route path="/console/klaim/:id" component={ConsoleClaimCasePage} />
          <Route default component={NotFoundPage} />
        </Router>
      </Layout>
    </LocationProvider>
  );
}
