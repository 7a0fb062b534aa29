import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const site = (path: string) => fileURLToPath(new URL(`site/${path}`, import.meta.url));

// The microsite's client assets: the stylesheet (inlined into each page by the build), the module
// every page loads (boot: it loads the hydration module after the page), and the search page's script. `vite build` writes them with hashed names and a
// manifest into dist/site; site/src/build.ts then prerenders every page there (Lit SSR) with
// those asset URLs. `npm start` builds everything and serves dist/site with `vite preview`.
export default defineConfig({
  root: 'site',
  base: './',
  build: {
    outDir: '../dist/site',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        site: site('src/styles/site.css'),
        boot: site('src/client/boot.ts'),
        search: site('src/client/search.ts'),
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
