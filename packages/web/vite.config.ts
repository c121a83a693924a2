import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { memberManifestFilter, verifySurface } from './scripts/verify-surface.ts';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * The JMO participant surface, served at `/`. Other surfaces (Lapak Asik, Console, Employer, Verify)
 * will get their own entries; the service worker must not answer their navigations with this shell.
 */
const OTHER_SURFACES = /^\/(?:api|lapak-asik|console|employer|verify|sandbox)(?:\/|$)/;

export default defineConfig({
  base: '/',
  plugins: [
    preact(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      // The glob below already precaches public/ (icons included): list nothing twice.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'JMO — Jamsostek Mobile (open)',
        short_name: 'JMO',
        description: 'Kartu peserta, saldo JHT dan riwayat iuran BPJS Ketenagakerjaan.',
        lang: 'id',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#007a3d',
        background_color: '#ffffff',
        categories: ['finance', 'utilities'],
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [OTHER_SURFACES],
        cleanupOutdatedCaches: true,
        // The verify page (its own entry and service worker, scoped to /verify) is not the member app's.
        manifestTransforms: [memberManifestFilter],
        clientsClaim: true,
        // Personal data is never cached by the service worker: the API always goes to the network.
        runtimeCaching: [
          { urlPattern: ({ url }) => url.pathname.startsWith('/api/'), handler: 'NetworkOnly' },
        ],
      },
    }),
    // After VitePWA: takes its manifest and registration out of verify.html, emits verify-sw.js.
    verifySurface({ serviceWorkerSource: here('src/verify/service-worker.js') }),
  ],
  build: {
    rolldownOptions: { input: { main: here('index.html'), verify: here('verify.html') } },
    // Cheap Android phones may run an older Chrome or WebView: keep the syntax modest (BigInt is ES2020).
    target: 'es2020',
    sourcemap: false,
    reportCompressedSize: true,
  },
  server: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
