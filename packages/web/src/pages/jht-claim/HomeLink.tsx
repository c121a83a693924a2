import { useJhtClaimT } from './texts.ts';

/** Beranda's "Jaminan Hari Tua → Klaim JHT". */
export function JhtClaimLink() {
  const c = useJhtClaimT();
  return (
    <section aria-labelledby="jc-home-title">
      <h2 id="jc-home-title">{c.homeSection}</h2>
      <a href="/klaim-jht" class="button button--primary button--block" data-testid="jht-claim-link">
        {c.homeLink}
      </a>
    </section>
  );
}
