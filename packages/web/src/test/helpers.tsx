import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { App } from '../app.tsx';
import { setLang } from '../i18n.ts';
import { clearSession } from '../session.ts';

export type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | 'network-error';
export type Handler = (url: URL, init: RequestInit) => Reply | Promise<Reply>;

/** Replace fetch with a router of canned answers; returns the mock to inspect the calls. */
export function mockFetch(routes: Record<string, Handler>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const key = `${init.method ?? 'GET'} ${url.pathname}`;
    const handler = routes[key];
    if (!handler) throw new Error(`unexpected request ${key}`);
    const reply = await handler(url, init);
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    const isProblem = reply.status >= 400;
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: {
        'Content-Type': isProblem ? 'application/problem+json' : 'application/json',
        ...reply.headers,
      },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function problem(status: number, code: string, extra: Record<string, unknown> = {}): Reply {
  return { status, body: { type: `/api/problems/${code}`, title: code, status, code, ...extra } };
}

export function renderAt(path: string) {
  window.history.replaceState(null, '', path);
  return render(<App />);
}

export function headersOf(init: RequestInit | undefined): Record<string, string> {
  return (init?.headers ?? {}) as Record<string, string>;
}

/** Fresh state for every test: Indonesian, signed out, nothing stored. */
export function useCleanSlate() {
  beforeEach(() => {
    window.localStorage.clear();
    setLang('id');
    window.localStorage.clear();
    window.sessionStorage.clear();
    clearSession();
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
}

export const ME = { fullName: 'Siti Rahayu', maskedNik: '************0001', locale: 'id' };

export const CARDS = {
  asOf: '2026-11-23',
  totalJhtBalance: '1234567',
  cards: [
    {
      kpj: '23012345678',
      segment: 'PU',
      status: 'active',
      employer: { npp: 'AA010001', name: 'PT Sinar Maju Bersama' },
      joinedOn: '2019-03-01',
      leftOn: null,
      jhtBalance: '1000000',
      jpBalance: '450000',
      programs: ['JHT', 'JKK', 'JKM', 'JP', 'JKP'],
      lastPaymentDate: '2026-10-15',
      dataUpdate: { status: 'updated', required: false },
    },
    {
      kpj: '19087654321',
      segment: 'BPU',
      status: 'nonactive',
      employer: null,
      joinedOn: '2015-01-01',
      leftOn: '2018-12-31',
      jhtBalance: '234567',
      jpBalance: '0',
      programs: ['JHT', 'JKK', 'JKM'],
      lastPaymentDate: null,
      dataUpdate: { status: 'not_started', required: true },
    },
  ],
};

export function statement(year: number) {
  return {
    kpj: '23012345678',
    year,
    years: [2026, 2025, 2024],
    asOf: '2026-11-23',
    opening: '500000',
    contributions: '300000',
    developmentReturn: '12345',
    closing: '812345',
    developmentReturnRate: { rateBp: 550, source: 'Contoh JMO', illustrative: true },
    months: [
      {
        period: `${year}-01`,
        opening: '500000',
        contributions: '150000',
        developmentReturn: '2500',
        closing: '652500',
        reportedWage: '5000000',
        lastPaymentDate: `${year}-02-14`,
        other: '0',
        wageChange: null,
        explanation: {
          id: ['Saldo awal Rp500.000.', 'Saldo akhir Rp652.500.'],
          en: ['Opening balance Rp500.000.', 'Closing balance Rp652.500.'],
        },
      },
      {
        period: `${year}-02`,
        opening: '652500',
        contributions: '150000',
        developmentReturn: '9845',
        closing: '812345',
        reportedWage: null,
        lastPaymentDate: null,
        other: '0',
        wageChange: null,
        explanation: { id: ['Saldo akhir Rp812.345.'], en: ['Closing balance Rp812.345.'] },
      },
    ],
  };
}
