/**
 * The employer portal on the wire: only `/api/v1/employer` endpoints, under the staff session (the
 * console's `staffRequest`, so a 401 signs both staff surfaces out). Types only from core: the
 * server validates, the portal reads what the contracts describe.
 */
import type {
  EmployerProfileResponse,
  EmployerWorker,
  EmployerWorkersResponse,
  Invoice,
  InvoiceDetail,
  InvoicesResponse,
  LeaverBody,
  RegisterWorkerBody,
  WageReportBody,
  WageReportResponse,
} from '@jmo/core/contracts/employer';
import type { EmployerLeaveReportRequestsResponse } from '@jmo/core/contracts/jht-claim';
import { EMPLOYER_HOME, EMPLOYER_LOGIN, staffRequest } from '../console/api.ts';

export type {
  EmployerProfileResponse,
  EmployerWorker,
  Invoice,
  InvoiceDetail,
  InvoicesResponse,
  WageReportResponse,
};

export { EMPLOYER_HOME, EMPLOYER_LOGIN };
export const WORKERS = '/employer/pekerja';
export const REGISTER_WORKER = '/employer/pekerja/daftar';
export const WAGES = '/employer/upah';
export const INVOICES = '/employer/tagihan';
export const LEAVE_REQUESTS = '/employer/permintaan-lapor';
/** The sandbox bank (development and demo only; not mounted in production). */
export const SANDBOX_PAYMENTS = '/sandbox/payments';

export const leaverPath = (kpj: string) => `${WORKERS}/${encodeURIComponent(kpj)}/berhenti`;
export const invoicePath = (number: string) => `${INVOICES}/${encodeURIComponent(number)}`;
export const wagesPath = (period: string) => `${WAGES}?periode=${encodeURIComponent(period)}`;

export function employerLoginPath(current: string): string {
  return current === EMPLOYER_HOME
    ? EMPLOYER_LOGIN
    : `${EMPLOYER_LOGIN}?lanjut=${encodeURIComponent(current)}`;
}

const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});

export const employerApi = {
  /** Workers' open requests to report their leaving (closed by reporting the leaver). */
  leaveReportRequests: (signal?: AbortSignal) =>
    staffRequest<EmployerLeaveReportRequestsResponse>(
      'GET',
      '/employer/leave-report-requests',
      withSignal(signal),
    ),
  profile: (signal?: AbortSignal) =>
    staffRequest<EmployerProfileResponse>('GET', '/employer', withSignal(signal)),
  workers: (signal?: AbortSignal) =>
    staffRequest<EmployerWorkersResponse>('GET', '/employer/workers', withSignal(signal)),
  /** The registry checks NIK, name and birth date; a KPJ is issued. */
  registerWorker: (body: RegisterWorkerBody) =>
    staffRequest<EmployerWorker>('POST', '/employer/workers', { body }),
  /** All lines or none: one bad line refuses the report with every line's reason. */
  reportWages: (body: WageReportBody) =>
    staffRequest<WageReportResponse>('POST', '/employer/wage-reports', { body }),
  reportLeaver: (body: LeaverBody) => staffRequest<EmployerWorker>('POST', '/employer/leavers', { body }),
  invoices: (signal?: AbortSignal) =>
    staffRequest<InvoicesResponse>('GET', '/employer/invoices', withSignal(signal)),
  /** Issuing a period twice is refused with the number of the invoice issued first. */
  issueInvoice: (period: string) =>
    staffRequest<InvoiceDetail>('POST', '/employer/invoices', { body: { period } }),
  invoice: (number: string, signal?: AbortSignal) =>
    staffRequest<InvoiceDetail>(
      'GET',
      `/employer/invoices/${encodeURIComponent(number)}`,
      withSignal(signal),
    ),
};

/**
 * Whether this server has the sandbox bank: it is mounted only outside production, and the PWA
 * is the same build everywhere, so it asks rather than assumes.
 */
export async function hasSandboxBank(signal?: AbortSignal): Promise<boolean> {
  try {
    const response = await fetch(SANDBOX_PAYMENTS, {
      method: 'HEAD',
      credentials: 'omit',
      cache: 'no-store',
      ...(signal ? { signal } : {}),
    });
    return response.ok && (response.headers.get('Content-Type') ?? '').startsWith('text/html');
  } catch {
    return false;
  }
}
