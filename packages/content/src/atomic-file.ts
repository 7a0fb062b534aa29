/**
 * Writing content files so that nothing is ever lost: write-file-atomic writes a temporary file
 * beside the target (`2022-26.json.<number>`), flushes it to disk and renames it over the target,
 * so the target is always either the old or the new complete file, even if the process is
 * killed. A temporary file left by a killed process never ends in ".json", so neither the site
 * build nor `plan-kit validate content/plans/*.json` takes it for a plan.
 */
import writeFileAtomic from 'write-file-atomic';

export const BACKUP_SUFFIX = '.bak';

export async function writeFileSafely(file: string, text: string): Promise<void> {
  await writeFileAtomic(file, text, { encoding: 'utf8', fsync: true });
}

/**
 * Replaces `file` with `text`, first keeping `previousText` (what was read from it) as
 * `<file>.bak`, itself written safely. Returns the backup's path.
 */
export async function replaceKeepingBackup(file: string, previousText: string, text: string): Promise<string> {
  const backup = `${file}${BACKUP_SUFFIX}`;
  await writeFileSafely(backup, previousText);
  await writeFileSafely(file, text);
  return backup;
}
