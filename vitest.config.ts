import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time: the machine has 2 cores and each test launches a browser.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // One more try for a failed journey: the card's note frame is now and then reset just after
          // a click (untraced; see the closing note of 2026-12-02), about one full run in three on a
          // loaded 2-core machine. A test that fails twice still fails the run.
          retry: 1,
        },
      },
    ],
  },
});
