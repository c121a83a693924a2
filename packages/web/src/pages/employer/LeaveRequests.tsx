import { Kpj } from '../../components/Kpj.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import { employerApi, leaverPath } from './api.ts';
import { EmployerShell } from './Shell.tsx';
import { useEmployerT } from './texts.ts';

function RequestList() {
  const t = useT();
  const e = useEmployerT();
  const x = e.leaveRequests;
  const requests = useResource((signal) => employerApi.leaveReportRequests(signal), []);
  if (requests.error) return <ErrorState error={requests.error} onRetry={requests.retry} />;
  if (!requests.data) return <Loading />;
  if (requests.data.requests.length === 0) return <p class="empty">{x.none}</p>;
  return (
    <ul class="employer-list" data-testid="leave-report-requests">
      {requests.data.requests.map((r) => (
        <li key={r.id} class="employer-item">
          <h2 class="employer-item__title">{r.workerName}</h2>
          <dl class="employer-facts employer-facts--small">
            <div>
              <dt>{e.workers.kpj}</dt>
              <dd>
                <Kpj kpj={r.kpj} />
              </dd>
            </div>
            <div>
              <dt>{x.joinedOn}</dt>
              <dd>{formatDate(r.joinedOn, t)}</dd>
            </div>
            <div>
              <dt>{x.sentAt}</dt>
              <dd>
                <time dateTime={r.sentAt}>{formatDateTime(r.sentAt, t)}</time>
              </dd>
            </div>
          </dl>
          <p class="employer-item__actions">
            <a class="button button--primary" href={leaverPath(r.kpj)}>
              {x.report}
              <span class="sr-only"> — {r.workerName}</span>
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** `/employer/permintaan-lapor`: workers asking the company to report that they left. */
export function LeaveReportRequestsPage() {
  const e = useEmployerT();
  return (
    <EmployerShell title={e.leaveRequests.title} section="requests">
      {() => (
        <>
          <h1 class="employer__title">{e.leaveRequests.title}</h1>
          <p class="lead">{e.leaveRequests.intro}</p>
          <RequestList />
        </>
      )}
    </EmployerShell>
  );
}
