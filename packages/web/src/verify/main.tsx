import { render } from 'preact';
import { VerifyApp } from './VerifyApp.tsx';
import './verify.css';

render(<VerifyApp />, document.getElementById('verify')!);

// Its own service worker, scoped to /verify: the page, its files, the keys and the last revocation
// list stay on the device, so it opens and verifies offline after one visit.
// Under `vite dev` there is no verify-sw.js: the registration fails quietly and the page works online.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/verify-sw.js', { scope: '/verify' }).catch(() => {
      // Without it the page still works online, and offline from the copy kept in storage.
    });
  });
}
