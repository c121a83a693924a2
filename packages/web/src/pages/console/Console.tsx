/**
 * The staff console (`/console`), inside the same PWA as the member app but on its own session:
 * officers and supervisors find members and work the account-recovery queue, supervisors and admins
 * read the audit of personal-data reads, admins manage staff accounts, employer users see their
 * workers. The entry of the console: its styles and every page the app routes to.
 */

import { MemberSearch } from './MemberSearch.tsx';
import { ReadAudit } from './ReadAudit.tsx';
import { RecoveryQueue } from './RecoveryQueue.tsx';
import { ConsoleShell, EVERY_ROLE } from './Shell.tsx';
import { StaffAdmin } from './StaffAdmin.tsx';
import { useConsoleT } from './texts.ts';
import { Workers } from './Workers.tsx';
import './console.css';

export { ConsoleLoginPage } from './ConsoleLogin.tsx';
export { MemberRecordPage } from './MemberRecord.tsx';
export { RecoveryRequestPage } from './RecoveryRequest.tsx';

/** `/console`: what the signed-in role works on. */
export function ConsoleHomePage() {
  const c = useConsoleT();
  return (
    <ConsoleShell title={c.consoleName} roles={EVERY_ROLE}>
      {(me) => (
        <div class="console__page">
          <h1>{c.consoleName}</h1>
          {(me.role === 'officer' || me.role === 'supervisor') && (
            <div class="console__columns">
              <MemberSearch />
              <RecoveryQueue />
            </div>
          )}
          {me.role === 'admin' && <StaffAdmin />}
          {(me.role === 'supervisor' || me.role === 'admin') && <ReadAudit role={me.role} />}
          {me.role === 'employer' && <Workers me={me} />}
        </div>
      )}
    </ConsoleShell>
  );
}
