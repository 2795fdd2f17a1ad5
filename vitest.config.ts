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
          // One more try for a failed test, for a real browser on a loaded 2-core machine; a test that
          // fails twice fails the run, and the summary names every test that needed its second try.
          // (The "untraced reset" of the note frame this once covered was traced on 2026-12-03: the card
          // flipped to the other side of its highlight as it grew, and a click measured just before
          // landed beside its target. See core/popover/card-side.ts and clickWhenStill.)
          retry: 1,
        },
      },
    ],
  },
});
