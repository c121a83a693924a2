/**
 * `/verify`: a clinic checks a digital membership card. The token comes from the URL fragment (a
 * phone camera opening the card's QR lands here), a camera scan, a photo of the QR, or pasted text.
 * The check runs here, against the published keys and the revocation list (kept for offline use),
 * and says what the result means and what to do.
 */

import { describeCardVerification } from '@jmo/core/card-credential/messages';
import type { CardCredentialPayload } from '@jmo/core/card-credential/payload';
import { extractCardToken } from '@jmo/core/card-credential/payload';
import {
  type CardSignatureCheck,
  type CardVerification,
  verifyCardCredential,
} from '@jmo/core/card-credential/verify';
import type { Locale } from '@jmo/core/contracts/errors';
import { useEffect, useRef, useState } from 'preact/hooks';
import { decodeQr, imageOfFile } from './scan.ts';
import { checkSignatureInBrowser } from './signature.ts';
import { formatInstant, storedLocale, storeLocale, type VerifyTexts, verifyTexts } from './texts.ts';
import { loadTrust, type Trust } from './trust.ts';

export interface VerifyAppProps {
  load?: () => Promise<Trust | null>;
  checkSignature?: CardSignatureCheck;
  now?: () => Date;
}

type TrustState = { loading: true } | { loading: false; trust: Trust | null };

const tokenInHash = () => {
  const hash = globalThis.location?.hash ?? '';
  return hash.length > 1 ? extractCardToken(hash) : null;
};

function Details({
  payload,
  revokedAt,
  t,
  locale,
}: {
  payload: CardCredentialPayload;
  revokedAt: string | undefined;
  t: VerifyTexts;
  locale: Locale;
}) {
  const rows: [string, string][] = [
    [t.fields.name, payload.name],
    [t.fields.kpj, payload.kpj],
    [t.fields.nik, payload.nik.slice(-4)],
    [t.fields.segment, t.segments[payload.segment]],
    [t.fields.programs, payload.programs.join(', ')],
    [t.fields.status, t.statuses[payload.status]],
    ...(payload.employer ? ([[t.fields.employer, payload.employer]] as [string, string][]) : []),
    [t.fields.issued, formatInstant(payload.iat * 1000, locale, false)],
    [t.fields.validUntil, formatInstant(payload.exp * 1000, locale, false)],
    ...(revokedAt
      ? ([[t.fields.revokedAt, formatInstant(revokedAt, locale, true)]] as [string, string][])
      : []),
    [t.fields.id, payload.jti],
  ];
  return (
    <dl class="v-details">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Camera({
  t,
  onText,
  onStop,
}: {
  t: VerifyTexts;
  onText: (text: string) => void;
  onStop: () => void;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const tick = async () => {
      if (stopped || !video.current) return;
      const text = video.current.readyState >= 2 ? await decodeQr(video.current) : null;
      if (stopped) return;
      if (text) onText(text);
      else timer = setTimeout(tick, 300);
    };
    (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
        if (stopped || !video.current) return;
        video.current.srcObject = stream;
        await video.current.play();
        void tick();
      } catch {
        setFailed(true);
      }
    })();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);
  return (
    <div class="v-camera">
      {failed ? (
        <p class="v-note" role="alert">
          {t.cameraUnavailable}
        </p>
      ) : (
        <>
          <p class="v-note">{t.scanning}</p>
          <video ref={video} class="v-video" muted playsInline aria-label={t.cameraVideo} />
        </>
      )}
      <button type="button" class="v-button v-button--secondary" onClick={onStop}>
        {t.stopScan}
      </button>
    </div>
  );
}

export function VerifyApp({
  load = loadTrust,
  checkSignature = checkSignatureInBrowser,
  now = () => new Date(),
}: VerifyAppProps) {
  const [locale, setLocale] = useState<Locale>(storedLocale);
  const t = verifyTexts[locale];
  const [trust, setTrust] = useState<TrustState>({ loading: true });
  const [token, setToken] = useState<string | null>(tokenInHash);
  const [result, setResult] = useState<CardVerification | null>(null);
  const [pasted, setPasted] = useState('');
  const [inputProblem, setInputProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [scanning, setScanning] = useState(false);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t.title} — JMO`;
  }, [locale]);

  // The keys and the revocation list are fetched again for every card checked (the service worker
  // answers its copy when offline), so a card revoked a minute ago is not taken for valid.
  const generation = useRef(0);
  function refreshTrust() {
    const mine = ++generation.current;
    setTrust({ loading: true });
    void load().then((loaded) => {
      if (generation.current === mine) setTrust({ loading: false, trust: loaded });
    });
  }

  useEffect(() => {
    refreshTrust();
    const onHash = () => {
      setToken(tokenInHash());
      refreshTrust();
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('online', refreshTrust);
    return () => {
      generation.current++;
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('online', refreshTrust);
    };
  }, []);

  useEffect(() => {
    if (trust.loading || !trust.trust || token === null) {
      setResult(null);
      return;
    }
    let live = true;
    const { keys, revoked } = trust.trust;
    void verifyCardCredential(token, {
      keys,
      revokedAt: (jti) => revoked.get(jti),
      asOf: now(),
      checkSignature,
    }).then((verification) => {
      if (live) setResult(verification);
    });
    return () => {
      live = false;
    };
  }, [token, trust]);

  function take(text: string) {
    setInputProblem(null);
    setScanning(false);
    setToken(extractCardToken(text));
    refreshTrust();
  }

  async function onPhoto(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setInputProblem(null);
    setReading(true);
    try {
      const text = await decodeQr(await imageOfFile(file));
      if (text) take(text);
      else setInputProblem(t.photoNoQr);
    } catch {
      setInputProblem(t.photoNoQr);
    } finally {
      setReading(false);
    }
  }

  function onPaste(event: Event) {
    event.preventDefault();
    if (!pasted.trim()) {
      setInputProblem(t.pasteMissing);
      return;
    }
    take(pasted);
  }

  function switchLanguage() {
    const next: Locale = locale === 'id' ? 'en' : 'id';
    storeLocale(next);
    setLocale(next);
  }

  const verdict = result ? describeCardVerification(result, locale) : null;
  const loaded = trust.loading ? undefined : trust.trust;

  return (
    <>
      <header class="v-header">
        <p class="v-brand">JMO</p>
        <button type="button" class="v-lang" lang={locale === 'id' ? 'en' : 'id'} onClick={switchLanguage}>
          <span aria-hidden="true">{t.otherLanguage}</span>
          <span class="v-sr">{t.otherLanguageName}</span>
        </button>
      </header>
      <main class="v-main">
        <h1>{t.title}</h1>
        <p class="v-intro">{t.intro}</p>
        <p class={`v-trust${loaded?.offline ? ' v-trust--offline' : ''}`} data-testid="trust">
          {trust.loading
            ? t.loadingTrust
            : !loaded
              ? t.trustNone
              : loaded.offline
                ? t.trustOffline(formatInstant(loaded.revocationsAsOf, locale, true))
                : t.trustOnline(formatInstant(loaded.revocationsAsOf, locale, true))}
        </p>

        <section class="v-result-area" aria-labelledby="result-title" aria-live="polite">
          {verdict && result && (
            <div class={`v-result v-result--${verdict.tone}`} data-outcome={result.outcome}>
              <h2 id="result-title">{verdict.title}</h2>
              <p>{verdict.action}</p>
              {'payload' in result && (
                <Details
                  payload={result.payload}
                  revokedAt={result.outcome === 'revoked' ? result.revokedAt : undefined}
                  t={t}
                  locale={locale}
                />
              )}
              {loaded?.offline && (
                <p class="v-note">{t.trustOffline(formatInstant(loaded.revocationsAsOf, locale, true))}</p>
              )}
            </div>
          )}
          {!verdict && (
            <h2 id="result-title" class="v-sr">
              {t.resultTitle}
            </h2>
          )}
        </section>

        <div class="v-inputs">
          {scanning ? (
            <Camera t={t} onText={take} onStop={() => setScanning(false)} />
          ) : (
            <button type="button" class="v-button" onClick={() => setScanning(true)}>
              {t.scan}
            </button>
          )}
          <label class="v-button v-button--secondary" for="photo">
            {t.photo}
          </label>
          <input id="photo" class="v-file" type="file" accept="image/*" onChange={onPhoto} />
          {reading && <p class="v-note">{t.reading}</p>}

          <form class="v-paste" onSubmit={onPaste} noValidate>
            <label for="token-text">{t.pasteLabel}</label>
            <p id="token-hint" class="v-hint">
              {t.pasteHint}
            </p>
            <textarea
              id="token-text"
              rows={3}
              spellcheck={false}
              autocomplete="off"
              aria-describedby="token-hint"
              value={pasted}
              onInput={(e) => setPasted(e.currentTarget.value)}
            />
            <button type="submit" class="v-button">
              {t.check}
            </button>
          </form>
          {inputProblem && (
            <p class="v-problem" role="alert">
              {inputProblem}
            </p>
          )}
        </div>
      </main>
      <footer class="v-footer">
        <p>{t.footer}</p>
        <p>
          <a href="/">{t.memberApp}</a>
        </p>
      </footer>
    </>
  );
}
