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
        // Every embed page's classic script (embed/… pages), and the resize script a host page
        // may add beside our iframes: at a fixed address, since the snippets name it.
        'embed-frame': site('src/client/embed-frame.ts'),
        'embed-resize': site('src/client/embed-resize.ts'),
        'embed-builder': site('src/client/embed-builder.ts'),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'embed-resize' ? 'embed/resize.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
