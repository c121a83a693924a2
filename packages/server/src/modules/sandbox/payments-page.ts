/**
 * `/sandbox/payments`: the simulated bank's virtual accounts, each open one with a "Bayar" button
 * that plays the payer's bank (and the gateway's callback to JMO). Sandbox only; no script.
 */
import { formatRupiah } from '@jmo/core';
import type { SandboxVirtualAccountView } from '../../adapters/payments/sandbox.ts';
import { escapeHtml, SANDBOX_STYLE } from './inbox-page.ts';

export function renderPayments(input: {
  accounts: readonly SandboxVirtualAccountView[];
  notice: string | undefined;
  timeZone: string;
}): string {
  const when = (d: Date) =>
    new Intl.DateTimeFormat('id-ID', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: input.timeZone,
    }).format(d);
  const rows = input.accounts
    .map(
      (a) => `<tr>
<td><code>${escapeHtml(a.vaNumber)}</code><br><small>bank ${escapeHtml(a.bankCode)}</small></td>
<td>${escapeHtml(a.reference)}<br><small>${escapeHtml(a.holderName)}</small></td>
<td class="num">${escapeHtml(formatRupiah(a.amount))}</td>
<td>${
        a.paidAt
          ? `Lunas ${escapeHtml(when(a.paidAt))}`
          : `<form method="post" action="/sandbox/payments/pay"><input type="hidden" name="va" value="${escapeHtml(a.vaNumber)}"><button type="submit">Bayar ${escapeHtml(formatRupiah(a.amount))}</button></form>`
      }</td>
</tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>Sandbox: pembayaran virtual account</title>
<style>${SANDBOX_STYLE}
  table { border-collapse: collapse; width: 100%; background: #fff; font-size: 0.95rem; }
  th, td { text-align: left; padding: 0.4rem 0.5rem; border-bottom: 1px solid #c9ced6; vertical-align: top; }
  td.num { text-align: right; white-space: nowrap; }
  .scroll { overflow-x: auto; }
  .notice { background: #e6f4ea; border: 1px solid #0b6b35; padding: 0.5rem 0.75rem; }
  button { font: inherit; min-height: 44px; padding: 0.4rem 0.8rem; background: #0b6b35; color: #fff; border: 0; border-radius: 6px; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
</style>
</head>
<body>
<header><p class="banner">Sandbox — bank simulasi, tidak ada uang sungguhan. <span lang="en">Simulated bank, no real money.</span></p></header>
<main>
<h1>Pembayaran virtual account (sandbox) <span lang="en">Virtual-account payments</span></h1>
${input.notice ? `<p class="notice" role="status">${escapeHtml(input.notice)}</p>` : ''}
<p>Setiap tagihan iuran mendapat nomor virtual account. "Bayar" berperan sebagai bank pembayar: rekening ditandai lunas dan bank mengirim notifikasi bertanda tangan ke JMO, yang lalu membukukan iuran ke saldo peserta.
<span lang="en">Each contribution invoice gets a virtual account. "Bayar" plays the payer's bank: the account is marked paid and the bank sends a signed notification to JMO, which posts the contributions to the members' balances.</span></p>
<div class="scroll" role="region" aria-label="Virtual account" tabindex="0">
<table>
<caption class="sr-only">Virtual account, terbaru di atas</caption>
<thead><tr><th scope="col">Virtual account</th><th scope="col">Tagihan</th><th scope="col">Jumlah</th><th scope="col">Status</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="4">Belum ada virtual account. Terbitkan tagihan di portal pemberi kerja (/employer).</td></tr>'}
</tbody>
</table>
</div>
</main>
</body>
</html>`;
}
