/**
 * `/sandbox/registry`: citizens of the synthetic population registry who have no JMO account yet,
 * so a demo visitor has a NIK, name and birth date to register with. Sandbox only.
 */
import { escapeHtml, SANDBOX_STYLE } from './inbox-page.ts';

export interface CitizenView {
  nik: string;
  fullName: string;
  birthDate: string;
  isMember: boolean;
  /** The KPJ numbers on the citizen's membership cards (given to them by employers). */
  kpjs: string[];
}

export function renderRegistry(citizens: readonly CitizenView[]): string {
  const rows = citizens
    .map(
      (c) =>
        `<tr><td><code>${escapeHtml(c.nik)}</code></td><td>${escapeHtml(c.fullName)}</td><td>${escapeHtml(c.birthDate)}</td><td>${c.isMember ? c.kpjs.map((k) => `<code>${escapeHtml(k)}</code>`).join('<br>') : 'belum <span lang="en">(no)</span>'}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>Sandbox: data kependudukan</title>
<style>${SANDBOX_STYLE}
  table { border-collapse: collapse; width: 100%; background: #fff; font-size: 0.95rem; }
  th, td { text-align: left; padding: 0.4rem 0.5rem; border-bottom: 1px solid #c9ced6; }
  .scroll { overflow-x: auto; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
</style>
</head>
<body>
<header><p class="banner">Sandbox — data kependudukan sintetis, bukan data orang sungguhan. <span lang="en">Synthetic population registry, not real people.</span></p></header>
<main>
<h1>Data kependudukan (sandbox) <span lang="en">Population registry</span></h1>
<p>Warga tanpa akun JMO: daftar di <a href="/daftar">/daftar</a> dengan NIK, nama, dan tanggal lahir berikut. Kode verifikasi muncul di <a href="/sandbox/inbox">/sandbox/inbox</a>. Nomor KPJ di kolom terakhir dipakai untuk "Tambah Kartu Peserta" setelah mendaftar.
<span lang="en">Citizens without a JMO account: register at /daftar with these details; codes appear in the sandbox inbox. The KPJ numbers in the last column are for "add a card" after registering.</span></p>
<div class="scroll" role="region" aria-label="Warga tanpa akun" tabindex="0">
<table>
<caption class="sr-only">Warga tanpa akun</caption>
<thead><tr><th scope="col">NIK</th><th scope="col">Nama</th><th scope="col">Tanggal lahir</th><th scope="col">Kartu peserta (KPJ)</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
</main>
</body>
</html>`;
}
