/**
 * The employer portal (`/employer`), inside the same PWA as the member app and the console, on the
 * staff session of an employer user (HR of a company): its workers, wage reports, leavers and the
 * monthly invoices with their virtual accounts. Its own menu and shell (nothing of the officer
 * console), the console's one sign-in. The entry of the portal: its styles and every page.
 */
import { StaffLogin } from '../console/ConsoleLogin.tsx';
import { useEmployerT } from './texts.ts';
import './employer.css';

export { EmployerHomePage } from './Home.tsx';
export { InvoiceDetailPage } from './InvoiceDetail.tsx';
export { InvoicesPage } from './Invoices.tsx';
export { LeaveReportRequestsPage } from './LeaveRequests.tsx';
export { LeaverPage } from './Leaver.tsx';
export { RegisterWorkerPage } from './RegisterWorker.tsx';
export { WagesPage } from './Wages.tsx';
export { WorkersPage } from './Workers.tsx';

/** `/employer/masuk`: the staff sign-in in the portal's words. */
export function EmployerLoginPage() {
  const e = useEmployerT();
  return (
    <StaffLogin
      title={e.login.title}
      intro={e.login.intro}
      after={
        <>
          <p class="form__after">
            <a href="/console/masuk">{e.login.staffLink}</a>
          </p>
          <p class="form__after">
            <a href="/masuk">{e.login.memberLink}</a>
          </p>
        </>
      }
    />
  );
}
