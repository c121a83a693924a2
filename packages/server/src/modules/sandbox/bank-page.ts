/**
 * `/sandbox/bank`: the simulated bank's accounts with full numbers (synthetic, so testers can type
 * them into the data update), the holder name as the bank spells it, status, whether the bank is
 * Himbara, and what each demo account shows. Sandbox only; no script.
 */
import { findBank } from '@jmo/core';
import type { SandboxBankAccountView } from '../../adapters/bank/sandbox.ts';
import { escapeHtml, SANDBOX_STYLE } from './inbox-page.ts';

export interface BankAccountRow extends SandboxBankAccountView {
  /** For demo accounts: the login it is meant for and what it shows. */
  demo?: { forLogin: string; shows: string } | undefined;
}

export function renderBank(accounts: readonly BankAccountRow[]): string {
  const rows = accounts
    .map((a) => {
      const bank = findBank(a.bankCode);
      const bankCell = `${escapeHtml(bank?.shortName ?? 'bank')} <small>(${escapeHtml(a.bankCode)})</small><br><small>${bank?.isStateOwned ? 'Himbara' : 'bukan Himbara <span lang="en">(not Himbara)</span>'}</small>`;
      const status = a.status === 'active' ? 'aktif' : 'ditutup <span lang="en">(closed)</span>';
      const note = a.demo
        ? `${escapeHtml(a.demo.shows)}<br><small>untuk <code>${escapeHtml(a.demo.forLogin)}</code></small>`
        : '';
      return `<tr><td>${bankCell}</td><td><code>${escapeHtml(a.accountNumber)}</code></td><td>${escapeHtml(a.holderName)}</td><td>${status}</td><td>${note}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>Sandbox: rekening bank</title>
<style>${SANDBOX_STYLE}
  table { border-collapse: collapse; width: 100%; background: #fff; font-size: 0.95rem; }
  th, td { text-align: left; padding: 0.4rem 0.5rem; border-bottom: 1px solid #c9ced6; vertical-align: top; }
  .scroll { overflow-x: auto; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
</style>
</head>
<body>
<header><p class="banner">Sandbox — bank simulasi, rekening sintetis, tidak ada uang sungguhan. <span lang="en">Simulated bank, synthetic accounts, no real money.</span></p></header>
<main>
<h1>Rekening bank (sandbox) <span lang="en">Bank accounts</span></h1>
<p>Pengecekan nama pemilik rekening menjawab dari daftar ini: nama persis seperti ditulis bank, "tidak ditemukan" untuk nomor lain, dan "ditutup" untuk rekening tertutup. Nomor rekening yang seluruhnya angka 9 (misalnya <code>9999999999</code> di BNI) membuat bank tidak menjawab (<i>timeout</i>).
<span lang="en">The account-name inquiry answers from this list: the name exactly as the bank writes it, "not found" for any other number, and "closed" for a closed account. An account number made only of nines (e.g. 9999999999 at BNI) makes the bank time out.</span></p>
<div class="scroll" role="region" aria-label="Rekening bank" tabindex="0">
<table>
<caption class="sr-only">Rekening di bank simulasi</caption>
<thead><tr><th scope="col">Bank</th><th scope="col">Nomor rekening</th><th scope="col">Nama pemilik (menurut bank)</th><th scope="col">Status</th><th scope="col">Contoh untuk</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="5">Belum ada rekening. Data demo membuatnya saat server pertama kali dijalankan.</td></tr>'}
</tbody>
</table>
</div>
</main>
</body>
</html>`;
}
