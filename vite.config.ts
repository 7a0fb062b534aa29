import { defineConfig } from 'vite';

// The microsite. Until the site pages land, `npm run build` writes a plain, validated index of
// the plans into dist/site (scripts/build-plan-index.ts) and `npm start` serves it with vite preview.
export default defineConfig({
  root: 'site',
  build: { outDir: '../dist/site', emptyOutDir: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
