/**
 * The staff console (`/console`), inside the same PWA as the member app but on its own session:
 * officers and supervisors find members and work the account-recovery, data-update and
 * identity-correction queues, supervisors and admins read the audit of personal-data reads, admins
 * manage staff accounts. Employer users have their own portal (`/employer`, pages/employer) on the
 * same session: the console sends them there.
 * The entry of the console: its styles and every page the app routes to.
 */

import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { Loading } from '../../components/Status.tsx';
import { EMPLOYER_HOME } from './api.ts';
import { DataUpdateQueue } from './DataUpdateQueue.tsx';
import { IdentityCorrectionQueue } from './IdentityCorrectionQueue.tsx';
import { MemberSearch } from './MemberSearch.tsx';
import { ReadAudit } from './ReadAudit.tsx';
import { RecoveryQueue } from './RecoveryQueue.tsx';
import { ConsoleShell, EVERY_ROLE } from './Shell.tsx';
import { StaffAdmin } from './StaffAdmin.tsx';
import { useConsoleT } from './texts.ts';
import './console.css';

export { ConsoleLoginPage } from './ConsoleLogin.tsx';
export { MemberRecordPage } from './MemberRecord.tsx';
export { RecoveryRequestPage } from './RecoveryRequest.tsx';

/** An employer user who opened the console goes to the employer portal: one place for their work. */
function ToEmployerPortal() {
  const { route } = useLocation();
  useEffect(() => route(EMPLOYER_HOME, true), []);
  return <Loading lines={1} />;
}

/** `/console`: what the signed-in role works on. */
export function ConsoleHomePage() {
  const c = useConsoleT();
  return (
    <ConsoleShell title={c.consoleName} roles={EVERY_ROLE}>
      {(me) =>
        me.role === 'employer' ? (
          <ToEmployerPortal />
        ) : (
          <div class="console__page">
            <h1>{c.consoleName}</h1>
            {(me.role === 'officer' || me.role === 'supervisor') && (
              <div class="console__columns">
                <MemberSearch />
                <RecoveryQueue />
              </div>
            )}
            {(me.role === 'officer' || me.role === 'supervisor') && (
              <>
                <DataUpdateQueue />
                <IdentityCorrectionQueue />
              </>
            )}
            {me.role === 'admin' && <StaffAdmin />}
            {(me.role === 'supervisor' || me.role === 'admin') && <ReadAudit role={me.role} />}
          </div>
        )
      }
    </ConsoleShell>
  );
}
