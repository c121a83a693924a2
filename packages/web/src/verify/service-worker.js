// The verify page's service worker, scoped to /verify. scripts/verify-surface.ts prepends PRECACHE
// (the page's files) and VERSION (a hash of them) at build time.
//
// - The page and its files: from the cache first (fast on a weak network, and offline); a new build
//   changes this file, so the browser installs the new version and it takes over at once.
// - The public keys and the revocation list: from the network first; on failure the last copy is
//   answered with `X-JMO-Offline: 1`, so the page can say "offline: revocations as of …".
/* global PRECACHE, VERSION */
const CACHE = `jmo-verify-${VERSION}`;
const DATA = ['/api/v1/card-credentials/keys', '/api/v1/card-credentials/revoked'];
const SHELL = '/verify.html';
const NETWORK_TIMEOUT_MS = 6000;

async function fetchFresh(url) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), NETWORK_TIMEOUT_MS);
  try {
    return await fetch(url, { cache: 'no-cache', signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}

async function keepData(cache) {
  await Promise.all(
    DATA.map(async (url) => {
      try {
        const response = await fetchFresh(url);
        if (response.ok) await cache.put(url, response);
      } catch {
        // Offline while installing: the page fetches the data again on its first online use.
      }
    }),
  );
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(PRECACHE);
      await keepData(cache);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('jmo-verify-') && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

async function networkFirst(path) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetchFresh(path);
    if (response.ok) {
      await cache.put(path, response.clone());
      return response;
    }
  } catch {
    // Offline or too slow: the last copy below.
  }
  const cached = await cache.match(path);
  if (!cached) return new Response('offline', { status: 503, headers: { 'content-type': 'text/plain' } });
  const headers = new Headers(cached.headers);
  headers.set('x-jmo-offline', '1');
  return new Response(cached.body, { status: cached.status, headers });
}

async function cacheFirst(request, path) {
  const cached = await caches.match(path, { cacheName: CACHE });
  return cached ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (DATA.includes(url.pathname)) {
    event.respondWith(networkFirst(url.pathname));
  } else if (request.mode === 'navigate') {
    // Every navigation in scope (/verify, /verify/…) is the verify page; the token is in the fragment.
    event.respondWith(cacheFirst(request, SHELL));
  } else if (PRECACHE.includes(url.pathname)) {
    event.respondWith(cacheFirst(request, url.pathname));
  }
});
