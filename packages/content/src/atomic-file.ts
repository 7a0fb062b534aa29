/**
 * Writing content files so that nothing is ever lost: write-file-atomic writes a temporary file
 * beside the target (`2022-26.json.<number>`), flushes it to disk and renames it over the target,
 * so the target is always either the old or the new complete file, even if the process is
 * killed. A temporary file left by a killed process never ends in ".json", so neither the site
 * build nor `plan-kit validate content/plans/*.json` takes it for a plan.
 *
 * Two imports into one plan at once would each read the old plan and the second write would drop
 * the first's figures; `withFileLock` makes them take turns (proper-lockfile: a `<file>.lock`
 * folder, created atomically, kept fresh while held, and taken over once stale, so a killed
 * import does not block the next one for long).
 */
import lockfile from 'proper-lockfile';
import writeFileAtomic from 'write-file-atomic';

export const BACKUP_SUFFIX = '.bak';
export const LOCK_SUFFIX = '.lock';

/** A lock not refreshed for this long belongs to a process that died: the next import takes it over. */
const LOCK_STALE_MS = 10_000;
/** How long an import waits for another one into the same plan before giving up (longer than a stale lock lasts). */
const LOCK_WAIT_MS = 30_000;
const LOCK_RETRY_MS = 200;

/** The plan is locked by another import that did not finish in time. */
export class FileLockedError extends Error {
  override name = 'FileLockedError';
  constructor(readonly file: string) {
    super(
      `another import into ${file} is running (it holds ${file}${LOCK_SUFFIX}). Run one import at a time: ` +
        `try again when it has finished. If none is running, ${file}${LOCK_SUFFIX} is left from one that was stopped; ` +
        `it is taken over after ${LOCK_STALE_MS / 1000} seconds.`,
    );
  }
}

/**
 * Runs `work` holding the lock on `file`; waits for another holder to finish. `work` is given a
 * check to call just before it writes: it throws if the lock was lost meanwhile (the process was
 * suspended for longer than the lock stays fresh), so that two writers never overlap.
 */
export async function withFileLock<T>(file: string, work: (stillHeld: () => void) => Promise<T>): Promise<T> {
  let lost: Error | undefined;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(file, {
      realpath: false,
      stale: LOCK_STALE_MS,
      lockfilePath: `${file}${LOCK_SUFFIX}`,
      retries: { retries: Math.ceil(LOCK_WAIT_MS / LOCK_RETRY_MS), factor: 1, minTimeout: LOCK_RETRY_MS, maxTimeout: LOCK_RETRY_MS },
      onCompromised: (error) => {
        lost = error;
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new FileLockedError(file);
    throw error;
  }
  try {
    return await work(() => {
      if (lost) throw new FileLockedError(file);
    });
  } finally {
    await release().catch(() => {});
  }
}

export async function writeFileSafely(file: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomic(file, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength), { encoding: 'utf8', fsync: true });
}

/**
 * Replaces `file` with `text`, first keeping `previous` (the bytes read from it, exactly: a
 * byte-order mark or odd bytes included) as `<file>.bak`, itself written safely. Returns the backup's path.
 */
export async function replaceKeepingBackup(file: string, previous: string | Uint8Array, text: string): Promise<string> {
  const backup = `${file}${BACKUP_SUFFIX}`;
  await writeFileSafely(backup, previous);
  await writeFileSafely(file, text);
  return backup;
}
