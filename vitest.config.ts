import { defineConfig } from 'vitest/config';

// One runner for every tier: core (pure), server (HTTP against a real database), web (components)
// and e2e (Chromium). `npm test` runs them all.
export default defineConfig({
  test: {
    projects: ['packages/core', 'packages/server', 'packages/web', 'e2e'],
    // Every server test file opens its own database: two workers suit a two-core machine.
    maxWorkers: 2,
  },
});
