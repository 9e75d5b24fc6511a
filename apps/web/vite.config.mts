import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const lib = (path: string) => fileURLToPath(new URL(`../../libs/${path}`, import.meta.url));

/**
 * The pure modules the web app shares with the API (one rule, written once): each alias names ONE
 * dependency-free file, never a library's index (which would pull in the whole library).
 * Mirrored in tsconfig.json "paths" (both here and at the root) and policed by .dependency-cruiser.cjs.
 */
export const sharedPureModules = {
  '@lemon/domain/vin': lib('domain/src/shared/vin.ts'),
  '@lemon/state-rules/jurisdiction-code': lib('state-rules/src/jurisdiction-code.ts'),
};

/** The web app: built into dist/web and served by the api at /app/. */
export default defineConfig({
  root,
  base: '/app/',
  resolve: { alias: sharedPureModules },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // Mantine marks its modules "use client" (for React Server Components); meaningless in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  test: {
    root,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    css: false,
    globals: true,
  },
});
