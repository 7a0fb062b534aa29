#!/usr/bin/env node
// The plan-kit command line; the code is in src/cli.ts, compiled to dist/ by `npm install` (prepare).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('plan-kit: the package is not built yet. Run "npm install" (or "npm run build:packages") at the repository root.');
  process.exit(2);
}
const { main } = await import(cli.href);
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Every failure plan-kit knows of is a message; this is the net under the rest. No stack trace
  // unless asked for (PLAN_KIT_DEBUG=1).
  console.error(
    `plan-kit: something went wrong that plan-kit did not expect: ${error instanceof Error ? error.message : String(error)}\n` +
      'Files are written whole or not at all, so each is as it was or complete. Please report this with the command you ran.',
  );
  if (process.env.PLAN_KIT_DEBUG) console.error(error);
  process.exitCode = 2;
}
