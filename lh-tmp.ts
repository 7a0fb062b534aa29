import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from './scripts/serve-static.ts';
import { CHROMIUM_ARGS, chromiumPath } from './test/helpers/chromium-options.js';
const dir = mkdtempSync(join(tmpdir(), 'home15-lh-'));
cpSync('dist/site', dir, { recursive: true });
const walk = (f: string) => { for (const n of readdirSync(f)) { const p = join(f, n); if (statSync(p).isDirectory()) walk(p); else if (/\.(html|js|css|json|svg)$/.test(n)) writeFileSync(`${p}.gz`, gzipSync(readFileSync(p), { level: 9 })); } };
walk(dir);
const server = await serveStatic({ root: dir, gzip: true });
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
try {
  for (const path of (process.argv[2] ?? '/').split(',')) {
    const r = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const a = r!.lhr.audits;
    console.log(path, 'LCP', a['largest-contentful-paint']!.numericValue, 'FCP', a['first-contentful-paint']!.numericValue);
    console.log(JSON.stringify((a['largest-contentful-paint-element']?.details as any)?.items?.map((i: any) => i.items ?? i), null, 0).slice(0, 1500));
    console.log(JSON.stringify((a['network-requests']?.details as any)?.items?.map((i: any) => [i.url.replace(server.url, ''), i.transferSize, i.resourceType, Math.round(i.networkRequestTime), Math.round(i.networkEndTime)])));
    console.log(JSON.stringify((a['render-blocking-resources']?.details as any)?.items ?? (a['render-blocking-insight']?.details as any)?.items));
  }
} finally { chrome.kill(); await server.close(); }
