import { useEffect } from 'preact/hooks';
import { useT } from './i18n.ts';

/** Sets the document title ("Masuk — JMO"), so history, tabs and screen readers name the page. */
export function useTitle(page: string | undefined): void {
  const t = useT();
  useEffect(() => {
    document.title = page ? `${page} — ${t.appName}` : t.appTitle;
  }, [page, t]);
}
