#!/usr/bin/env node
// The plan-kit command line; the code is in src/cli.ts, compiled to dist/ by `npm install` (prepare).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('plan-kit: the package is not built yet. Run "npm install" (or "npm run build:packages") at the repository root.');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
