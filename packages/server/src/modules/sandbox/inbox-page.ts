/**
 * `/sandbox/inbox`: one small server-rendered page, no script and no external asset (it works under
 * the app's CSP: inline styles are allowed, scripts only from 'self'). Indonesian first, English
 * beside it. Every captured value is escaped.
 */
import type { Channel, SandboxMessage } from '../../adapters/sandbox/outbox.ts';

export interface InboxView {
  messages: SandboxMessage[];
  filter: { to?: string | undefined; channel?: Channel | undefined; limit: number };
  timeZone: string;
}

export const SANDBOX_STYLE = `
  :root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; background: #f6f7f9; }
  body { margin: 0; }
  .banner { margin: 0; padding: 0.75rem 1rem; background: #fff0b3; border-bottom: 3px solid #8a6100; color: #3d2c00; font-weight: 600; }
  main { max-width: 52rem; margin: 0 auto; padding: 1rem; }
  h1 { font-size: 1.4rem; margin: 0.5rem 0; }
  h2 { font-size: 1.05rem; margin: 0 0 0.5rem; overflow-wrap: anywhere; }
  form { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: end; padding: 0.75rem; background: #fff; border: 1px solid #c9ced6; border-radius: 0.5rem; }
  label { display: flex; flex-direction: column; font-weight: 600; font-size: 0.95rem; }
  label:first-of-type { flex: 1 1 14rem; }
  input, select, button { font: inherit; min-height: 2.75rem; padding: 0 0.5rem; border: 1px solid #6b7280; border-radius: 0.375rem; }
  input, select { font-weight: 400; background: #fff; color: inherit; }
  input { width: 100%; box-sizing: border-box; }
  button { background: #0b5394; color: #fff; border-color: #0b5394; padding: 0 1rem; cursor: pointer; }
  a { color: #0b5394; }
  :focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
  ol { list-style: none; padding: 0; margin: 1rem 0; display: grid; gap: 0.75rem; }
  article { background: #fff; border: 1px solid #c9ced6; border-radius: 0.5rem; padding: 0.75rem 1rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.125rem 0.75rem; margin: 0 0 0.5rem; font-size: 0.95rem; }
  dt { color: #4b5563; }
  dd { margin: 0; overflow-wrap: anywhere; }
  pre { margin: 0; padding: 0.75rem; background: #f1f3f5; border-radius: 0.375rem; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.95rem; }
  .channel { display: inline-block; padding: 0 0.5rem; border-radius: 1rem; font-size: 0.85rem; background: #e3ecf7; color: #0b3a66; }
  .channel.sms { background: #e6f4ea; color: #14532d; }
`;

export function renderInbox(view: InboxView): string {
  const { messages, filter } = view;
  const time = new Intl.DateTimeFormat('id-ID', {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: view.timeZone,
  });
  const filtered = Boolean(filter.to || filter.channel);
  const count =
    messages.length === 0
      ? filtered
        ? 'Tidak ada pesan yang cocok. <span lang="en">No matching messages.</span>'
        : 'Belum ada pesan. <span lang="en">No messages yet.</span>'
      : `${messages.length} pesan, terbaru di atas${messages.length === filter.limit ? ` (${filter.limit} terbaru)` : ''}. <span lang="en">${messages.length} message${messages.length === 1 ? '' : 's'}, newest first.</span>`;

  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>Kotak masuk sandbox · JMO</title>
<style>${SANDBOX_STYLE}</style>
</head>
<body>
<header>
<p class="banner" role="note">Sandbox — pesan tidak benar-benar dikirim / <span lang="en">messages are not really sent</span></p>
</header>
<main>
<h1>Kotak masuk sandbox <span lang="en">(Sandbox inbox)</span></h1>
<p>E-mail dan SMS yang akan dikirim JMO ditangkap di sini. <span lang="en">E-mail and SMS that JMO would send are captured here.</span></p>
<form method="get" action="/sandbox/inbox" role="search" aria-label="Saring pesan">
<label for="to">Penerima <span lang="en">(recipient)</span>
<input id="to" name="to" type="search" value="${escapeHtml(filter.to ?? '')}" autocomplete="off" spellcheck="false" placeholder="budi@demo.jmo.id / 0812…">
</label>
<label for="channel">Kanal <span lang="en">(channel)</span>
<select id="channel" name="channel">
${option('', 'Semua / All', filter.channel)}
${option('email', 'E-mail', filter.channel)}
${option('sms', 'SMS', filter.channel)}
</select>
</label>
<button type="submit">Tampilkan <span lang="en">/ Show</span></button>
${filtered ? '<a href="/sandbox/inbox">Semua pesan <span lang="en">/ All messages</span></a>' : ''}
</form>
<p role="status">${count}</p>
${messages.length === 0 ? '' : `<ol>\n${messages.map((m) => renderMessage(m, time)).join('\n')}\n</ol>`}
</main>
</body>
</html>
`;
}

function renderMessage(m: SandboxMessage, time: Intl.DateTimeFormat): string {
  const headingId = `m-${escapeHtml(m.id)}`;
  const heading = m.channel === 'email' ? escapeHtml(m.subject ?? '') : `SMS ke ${escapeHtml(m.to)}`;
  return `<li><article aria-labelledby="${headingId}">
<h2 id="${headingId}">${heading}</h2>
<dl>
<dt>Kanal</dt><dd><span class="channel ${m.channel}">${m.channel === 'email' ? 'E-mail' : 'SMS'}</span></dd>
<dt>Kepada</dt><dd>${escapeHtml(m.to)}</dd>
<dt>Waktu</dt><dd><time datetime="${m.createdAt.toISOString()}">${escapeHtml(time.format(m.createdAt))}</time></dd>
</dl>
<pre>${escapeHtml(m.body)}</pre>
</article></li>`;
}

function option(value: string, label: string, selected: string | undefined): string {
  return `<option value="${value}"${(selected ?? '') === value ? ' selected' : ''}>${label}</option>`;
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}
