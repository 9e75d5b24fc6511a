import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin, Rollup } from 'vite';
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
  '@lemon/domain/case-event-labels': lib('domain/src/case/case-event-labels.ts'),
  '@lemon/state-rules/jurisdiction-code': lib('state-rules/src/jurisdiction-code.ts'),
  '@lemon/deadlines/deadline-kinds': lib('deadlines/src/deadline-kinds.ts'),
  '@lemon/state-rules/section-signs': lib('state-rules/src/section-signs.ts'),
};

/**
 * Opening a case page directly, the browser fetches and compiles the case page's chunks (its own,
 * pictures included, and what it imports) while the entry script downloads, instead of only after the entry has run
 * and the router has picked the route. The build writes their file names into index.html's inline
 * script (the `casePageChunks` placeholder); it adds the modulepreload links only on a case
 * address, so other pages' first load is unchanged.
 */
function casePagePreload(): Plugin {
  const routeModules = ['/src/case/CasePage.tsx'];
  return {
    name: 'case-page-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const withStaticImports = (roots: Rollup.OutputChunk[], found = new Set<string>()) => {
          for (const chunk of roots) {
            if (found.has(chunk.fileName)) continue;
            found.add(chunk.fileName);
            withStaticImports(chunk.imports.map((file) => byFile.get(file)!).filter(Boolean), found);
          }
          return found;
        };
        const firstLoad = withStaticImports(chunks.filter((chunk) => chunk.isEntry));
        const roots = chunks.filter((chunk) => routeModules.some((module) => chunk.facadeModuleId?.endsWith(module)));
        if (roots.length !== routeModules.length) throw new Error(`case-page-preload: chunks of ${routeModules.join(', ')} not found`);
        const files = [...withStaticImports(roots)].filter((file) => !firstLoad.has(file));
        const placeholder = 'casePageChunks = []';
        if (!html.includes(placeholder)) throw new Error(`case-page-preload: "${placeholder}" not found in index.html`);
        return html.replace(placeholder, `casePageChunks = ${JSON.stringify(files.map((file) => `/app/${file}`))}`);
      },
    },
  };
}

/**
 * Every built script and stylesheet also written brotli- and gzip-compressed (name.js.br, name.js.gz), once, at build
 * time: the api sends the compressed file to a browser that accepts it (configure-http.ts) without compressing per
 * request. ~1.7 MB of code and styles travel as ~0.45 MB.
 */
function precompressAssets(): Plugin {
  return {
    name: 'precompress-assets',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle).filter((name) => /\.(js|css)$/.test(name))) {
        const path = join(options.dir!, file);
        const content = readFileSync(path);
        writeFileSync(`${path}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

/** The web app: built into dist/web and served by the api at /app/. */
export default defineConfig({
  root,
  base: '/app/',
  plugins: [casePagePreload(), precompressAssets()],
  resolve: { alias: sharedPureModules },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // Fewer, larger chunks where many small ones would be fetched one by one: opening a case page took ~25 requests
        // (Mantine's components and our small shared modules split by which pages use them), each costing the two
        // cores in the browser, its network service and the api. Mantine's core and hooks (used by every page) are
        // one chunk, cached for good after the first page; our shared modules another. The case page's cold load now
        // needs 5 scripts: bench/README.md "Session 6" measures the difference (A/B, same minutes).
        codeSplitting: {
          groups: [
            { name: 'mantine', test: /[\\/]node_modules[\\/]@mantine[\\/](core|hooks)[\\/]/ },
            // Not lib/date-fields: it brings the date pickers' style sheet, which only forms need.
            { name: 'shared', test: /apps[\\/]web[\\/]src[\\/](lib[\\/](?!date-fields)|components[\\/])|[\\/]libs[\\/]/, minShareCount: 2 },
          ],
        },
      },
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
