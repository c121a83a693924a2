/**
 * The whole money path in a real Chromium at 360×740: an employer registers a worker, the wage is
 * reported with the registration, the month's invoice is issued and paid at the sandbox bank; the
 * worker then signs up, finds the new card with the posted JHT balance, reads how that month's
 * balance came about, and their digital card's QR verifies on /verify. The employer's screens are
 * driven in employer.e2e.ts; here the employer side goes through the same API so the test can
 * follow one rupiah from the invoice to the member's screen. axe runs on every member page.
 */
import path from 'node:path';
import { dateInZone, periodOfDate } from '@jmo/core/time/period';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { chromiumPath } from './browser.ts';
import { ARTIFACTS, latestCode, openPhone, type Server } from './phone.ts';

const HR = { email: 'hrd@sinarjaya.demo.jmo.id', password: 'demo-jmo-2026' };

describe.skipIf(!chromiumPath)(
  'from an employer invoice to the member card and /verify (Chromium, 360×740)',
  () => {
    let server: Server;
    let page: Page;
    let close: () => Promise<void>;

    beforeAll(async () => {
      ({ server, page, close } = await openPhone());
    });
    afterAll(() => close?.());

    async function api(method: string, url: string, body?: object, cookie?: string) {
      const res = await fetch(`${server.url}${url}`, {
        method,
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return {
        status: res.status,
        json: (await res.json()) as Record<string, any>,
        cookie: res.headers.get('set-cookie'),
      };
    }

    it('posts the paid contribution to the worker, who sees it explained and verifies the card', {
      timeout: 180_000,
    }, async () => {
      const today = dateInZone(new Date(), server.deps.config.timeZone);
      const period = periodOfDate(today);
      const { citizens } = (await api('GET', '/api/v1/sandbox/registry')).json as {
        citizens: { nik: string; fullName: string; birthDate: string; kpjs: string[] }[];
      };
      const citizen = citizens.find((c) => c.kpjs.length === 0)!;

      // The employer: sign in, register the worker with a wage of Rp8.000.000, issue and pay the month.
      const login = await api('POST', '/api/v1/staff/login', HR);
      const hr = login.cookie!.split(';')[0]!;
      const worker = await api(
        'POST',
        '/api/v1/employer/workers',
        {
          nik: citizen.nik,
          fullName: citizen.fullName,
          birthDate: citizen.birthDate,
          startedOn: `${period}-01`,
          wage: '8000000',
        },
        hr,
      );
      expect(worker.status).toBe(201);
      const kpj = worker.json.kpj as string;
      const invoice = await api('POST', '/api/v1/employer/invoices', { period }, hr);
      expect(invoice.status, JSON.stringify(invoice.json)).toBe(201);
      const line = (
        invoice.json.lines as {
          kpj: string;
          items: { program: string; employer: string; worker: string }[];
        }[]
      ).find((l) => l.kpj === kpj)!;
      const jht = line.items.find((i) => i.program === 'JHT')!;
      expect([jht.employer, jht.worker]).toEqual(['296000', '160000']); // 3.7% and 2% of Rp8.000.000
      const paid = await api(
        'POST',
        `/api/v1/sandbox/payments/${invoice.json.virtualAccount.number}/pay`,
        {},
      );
      expect(paid.json.outcomes).toEqual(['applied']);

      // The worker signs up (codes from the sandbox inbox) and signs in on the phone.
      const email = `pekerja.${kpj}@mail.test`;
      const phone = `0813${kpj.slice(-8)}`;
      const started = await api('POST', '/api/v1/registrations', {
        segment: 'PU',
        nik: citizen.nik,
        fullName: citizen.fullName,
        birthDate: citizen.birthDate,
        email,
        phone,
        password: 'kopi tubruk pagi hari',
        locale: 'id',
      });
      expect(started.status, JSON.stringify(started.json)).toBe(201);
      const verified = await api('POST', `/api/v1/registrations/${started.json.registrationId}/verify`, {
        emailCode: await latestCode(server, email, 'email'),
        smsCode: await latestCode(server, `+62${phone.slice(1)}`, 'sms'),
      });
      expect(verified.status, JSON.stringify(verified.json)).toBe(201);

      await page.goto(`${server.url}/masuk`);
      await page.getByLabel('Email atau Nomor HP').fill(email);
      await page.getByLabel('Kata Sandi', { exact: true }).fill('kopi tubruk pagi hari');
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      // Beranda finds the new card under the worker's NIK with the JHT posted from the paid invoice
      // (Rp456.000), and the worker adds it to the account.
      await page.getByRole('heading', { name: 'Kartu lain atas NIK Anda' }).waitFor();
      await page.getByText('Rp456.000').first().waitFor();
      await expectNoAxeViolations(page);
      await page.screenshot({ path: path.join(ARTIFACTS, '70-posted-found.png'), fullPage: true });
      await page.getByRole('button', { name: 'Tambahkan ke akun' }).click();
      const card = page.locator(`a[href="/kartu/${kpj}"]`);
      await card.first().waitFor();
      await page.screenshot({ path: path.join(ARTIFACTS, '70-posted-home.png'), fullPage: true });

      // The card's month says where the rupiah came from.
      await card.first().click();
      await page.getByRole('heading', { name: 'Riwayat Saldo' }).waitFor();
      await page.getByText('Rp456.000').first().waitFor();
      await expectNoAxeViolations(page);

      // The digital card's QR opens /verify, which checks the signature and says valid.
      await page.getByRole('link', { name: /Kartu Digital/ }).click();
      await page.getByRole('img', { name: /Kode QR Kartu Digital/ }).waitFor();
      const verifyUrl = (await page.locator('img[data-verify-url]').getAttribute('data-verify-url'))!;
      await page.goto('about:blank');
      await page.goto(verifyUrl);
      await expect.poll(() => page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('valid');
      await expect.poll(() => page.locator('[data-outcome]').textContent()).toContain(citizen.fullName);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: path.join(ARTIFACTS, '71-posted-verify.png'), fullPage: true });
    });
  },
);
