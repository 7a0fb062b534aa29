// Temporary helper for content authors until `npx plan-kit validate` lands: schema check only.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { PlanSchema } from '@plan-kit/content';

for (const file of process.argv.slice(2)) {
  const result = v.safeParse(PlanSchema, JSON.parse(readFileSync(file, 'utf8')));
  if (result.success) console.log(`${file}: schema OK`);
  else for (const issue of result.issues) console.log(`${file}: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
}
