/**
 * Writing content files so that nothing is ever lost, on a bad day too (a full disk, a symlink
 * where a file should be, an import paused past its lock's stale time).
 *
 * - Every write goes to a temporary file beside the target (`2022-26.json.<number>`, never ending
 *   in ".json", so neither the site build nor `plan-kit validate content/plans/*.json` takes it for
 *   a plan), checks that every byte reached it (a full disk makes a short write, which
 *   write-file-atomic ignored), flushes it to disk and only then renames it over the target: the
 *   target is always the old or the new complete file, even if the process is killed.
 * - Writes never go through a symbolic link, and never replace a folder or a device: the target is
 *   checked first (`lstat`), and the temporary file is created exclusively (`wx`), so a link planted
 *   where the backup goes cannot make plan-kit overwrite the file it points to.
 * - Replacing a plan writes both the backup and the new plan to temporary files first: if either
 *   fails (no space left), the plan and the previous backup are untouched.
 *
 * Two imports into one plan at once would each read the old plan and the second write would drop
 * the first's figures; `withFileLock` makes them take turns (proper-lockfile: a `<file>.lock`
 * folder, created atomically, kept fresh while held, and taken over once stale, so a killed
 * import does not block the next one for long). Just before replacing the plan, the import checks
 * that the lock is still its own (a paused import's may have been taken over) and that the plan's
 * bytes are still those it read (`beforeReplace`).
 */
import * as callbackFs from 'node:fs';
import { lstat, open, rename, rmdir, unlink } from 'node:fs/promises';
import { randomInt } from 'node:crypto';
import lockfile from 'proper-lockfile';

export const BACKUP_SUFFIX = '.bak';
export const LOCK_SUFFIX = '.lock';

/** A lock not refreshed for this long belongs to a process that died: the next import takes it over. */
export const LOCK_STALE_MS = 10_000;
/** How long an import waits for another one into the same plan before giving up (longer than a stale lock lasts). */
const LOCK_WAIT_MS = 30_000;
const LOCK_RETRY_MS = 200;
/**
 * A lock dated later than this ahead of now cannot be a running import's (each dates its lock by
 * the clock it shares with us, at most a second ahead): the clock was turned back, or the folder
 * was copied. proper-lockfile would never take it over.
 */
const LOCK_FUTURE_SLACK_MS = 2_000;

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

/** This import's lock was taken over while it was paused (Ctrl-Z, a sleeping laptop) for longer than a lock stays fresh. */
export class LockLostError extends Error {
  override name = 'LockLostError';
  constructor(readonly file: string) {
    super(
      `this import was paused for longer than ${LOCK_STALE_MS / 1000} seconds and another import took over ${file}${LOCK_SUFFIX} meanwhile. ` +
        'Nothing written, so as not to overwrite its figures: import again.',
    );
  }
}

/** A file plan-kit would write is something it must not replace: a link, a folder, a device. Names that file. */
export class UnsafeTargetError extends Error {
  override name = 'UnsafeTargetError';
  constructor(
    readonly file: string,
    reason: string,
    /** What it is: a link, a folder (as the system says, EISDIR), or something else. */
    readonly code: 'ELINK' | 'EISDIR' | 'ENOTFILE' = 'ENOTFILE',
  ) {
    super(`${file} ${reason}`);
  }
}

/** A write that did not reach the disk whole: no space left (or over quota). */
export class DiskFullError extends Error {
  override name = 'DiskFullError';
  readonly code = 'ENOSPC';
  constructor(readonly file: string, written: number, total: number) {
    super(`no space left on the disk for ${file} (${written} of ${total} bytes written)`);
  }
}

/** The file operations an atomic write uses: node:fs/promises, or a test's stand-in that fails as a full disk does. */
export interface WriteFileSystem {
  open: typeof open;
  rename: typeof rename;
  unlink: typeof unlink;
  lstat: typeof lstat;
}

const nodeFileSystem: WriteFileSystem = { open, rename, unlink, lstat };

export interface WriteOptions {
  fs?: WriteFileSystem;
}

/**
 * Throws `UnsafeTargetError` unless `file` is absent or a plain file: writes never go through a
 * symbolic link (it could point anywhere), nor replace a folder or a device. `what` names the file's role.
 */
export async function checkWriteTarget(file: string, what = 'the file', fs: WriteFileSystem = nodeFileSystem): Promise<void> {
  let stats: callbackFs.Stats;
  try {
    stats = await fs.lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (stats.isSymbolicLink()) {
    throw new UnsafeTargetError(file, `(${what}) is a symbolic link: plan-kit does not write through links, which could point at any file. Remove the link, or name the real file.`, 'ELINK');
  }
  if (stats.isDirectory()) throw new UnsafeTargetError(file, `(${what}) is a folder, not a file: move or rename the folder.`, 'EISDIR');
  if (!stats.isFile()) throw new UnsafeTargetError(file, `(${what}) is not a plain file (a device or a pipe): name a file.`);
}

/** A new temporary file beside `file` holding exactly `data`, flushed to disk; its path. Removed again if anything fails. */
async function writeTemporary(file: string, data: Uint8Array, fs: WriteFileSystem): Promise<string> {
  // Digits only: a temporary file never ends in ".json" (or ".csv").
  const temporary = `${file}.${randomInt(1e9, 1e10 - 1)}`;
  // 'wx': created here and now (O_EXCL), never an existing file or a link someone planted.
  const handle = await fs.open(temporary, 'wx', 0o666);
  try {
    let offset = 0;
    while (offset < data.byteLength) {
      const { bytesWritten } = await handle.write(data, offset, data.byteLength - offset, offset);
      // A full disk writes part (a short write) and then nothing: never take that for done.
      if (bytesWritten <= 0) throw new DiskFullError(file, offset, data.byteLength);
      offset += bytesWritten;
    }
    await handle.sync();
    const { size } = await handle.stat();
    if (size !== data.byteLength) throw new DiskFullError(file, size, data.byteLength);
    await handle.close();
    return temporary;
  } catch (error) {
    await handle.close().catch(() => {});
    await fs.unlink(temporary).catch(() => {});
    throw asDiskFull(error, file, data.byteLength);
  }
}

/** ENOSPC and EDQUOT from the system, as the error plan-kit explains. */
function asDiskFull(error: unknown, file: string, total: number): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT' ? new DiskFullError(file, 0, total) : error;
}

function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

/** Writes `file` whole or not at all (never through a link); throws DiskFullError when the disk is full, the old file untouched. */
export async function writeFileSafely(file: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFileSystem;
  await checkWriteTarget(file, 'the file to write', fs);
  const temporary = await writeTemporary(file, bytesOf(data), fs);
  try {
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.unlink(temporary).catch(() => {});
    throw error;
  }
}

export interface ReplaceOptions extends WriteOptions {
  /** Runs when both new files are on disk, just before either replaces anything: throws to write nothing. */
  beforeReplace?: () => Promise<void>;
}

/**
 * Replaces `file` with `text`, first keeping `previous` (the bytes read from it, exactly: a
 * byte-order mark or odd bytes included) as `<file>.bak`. Both are written to temporary files
 * first, so that a full disk or a refusal in `beforeReplace` leaves the plan and the previous
 * backup as they were. Returns the backup's path.
 */
export async function replaceKeepingBackup(file: string, previous: string | Uint8Array, text: string | Uint8Array, options: ReplaceOptions = {}): Promise<string> {
  const fs = options.fs ?? nodeFileSystem;
  const backup = `${file}${BACKUP_SUFFIX}`;
  await checkWriteTarget(backup, 'the backup of the plan', fs);
  await checkWriteTarget(file, 'the plan', fs);
  const temporaries: string[] = [];
  try {
    temporaries.push(await writeTemporary(backup, bytesOf(previous), fs));
    temporaries.push(await writeTemporary(file, bytesOf(text), fs));
    await options.beforeReplace?.();
    await fs.rename(temporaries[0]!, backup);
    await fs.rename(temporaries[1]!, file);
    return backup;
  } catch (error) {
    for (const temporary of temporaries) await fs.unlink(temporary).catch(() => {});
    throw error;
  }
}

export interface LockOptions {
  /** Told once when the lock is held by another import and this one waits for it, with why. */
  onWait?: (message: string) => void;
}

/**
 * Runs `work` holding the lock on `file` (name the real file, not a link to it: each name would
 * get a lock of its own); waits for another holder to finish, saying so. `work` is given a check
 * to await just before it replaces the file: it throws `LockLostError` if the lock is no longer
 * this process's (it was suspended for longer than the lock stays fresh, and another import took
 * it over), so that two writers never overlap.
 */
export async function withFileLock<T>(file: string, work: (stillHeld: () => Promise<void>) => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lockPath = `${file}${LOCK_SUFFIX}`;
  await checkLockFolder(file, lockPath, options);
  let lost = false;
  // The lock's times as this process last set them: another holder sets its own.
  let ourTime: number | undefined;
  const trackingFs = {
    ...callbackFs,
    utimes: (path: string, atime: Date, mtime: Date, callback: (error: NodeJS.ErrnoException | null) => void) =>
      callbackFs.utimes(path, atime, mtime, (error) => {
        if (!error && path === lockPath) ourTime = mtime.getTime();
        callback(error);
      }),
  };
  const lockOptions = (retries: number) => ({
    realpath: false,
    stale: LOCK_STALE_MS,
    lockfilePath: lockPath,
    fs: trackingFs,
    retries: { retries, factor: 1, minTimeout: LOCK_RETRY_MS, maxTimeout: LOCK_RETRY_MS },
    onCompromised: () => {
      lost = true;
    },
  });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(file, lockOptions(0)).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ELOCKED') throw error;
      options.onWait?.(
        `Waiting: ${lockPath} says another import into ${file} is running. If none is, it is left from one that was stopped, ` +
          `and is taken over once ${LOCK_STALE_MS / 1000} seconds old (waiting at most ${LOCK_WAIT_MS / 1000} seconds).`,
      );
      return lockfile.lock(file, lockOptions(Math.ceil(LOCK_WAIT_MS / LOCK_RETRY_MS)));
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new FileLockedError(file);
    throw error;
  }
  const stillHeld = async () => {
    if (lost || ourTime === undefined) throw new LockLostError(file);
    const now = await lstat(lockPath).catch(() => undefined);
    // Within a millisecond: the time goes to the file system as seconds with a fraction.
    if (!now || Math.abs(now.mtimeMs - ourTime) >= 1) throw new LockLostError(file);
  };
  try {
    return await work(stillHeld);
  } finally {
    await release().catch(() => {});
  }
}

/**
 * The lock folder, before locking: a file or link where it goes is named as the problem (it is not
 * the plan's fault), and a lock dated in the future, which proper-lockfile never takes over, is
 * removed with a word.
 */
async function checkLockFolder(file: string, lockPath: string, options: LockOptions): Promise<void> {
  const stats = await lstat(lockPath).catch(() => undefined);
  if (!stats) return;
  if (!stats.isDirectory()) {
    throw new UnsafeTargetError(
      lockPath,
      `is ${stats.isSymbolicLink() ? 'a symbolic link' : 'a file'}, but plan-kit's lock for ${file} is a folder of that name. ` +
        `If no import is running, delete ${lockPath} and import again.`,
    );
  }
  const ahead = stats.mtimeMs - Date.now();
  if (ahead > LOCK_FUTURE_SLACK_MS) {
    options.onWait?.(`${lockPath} is dated ${new Date(stats.mtimeMs).toISOString()}, in the future, so no running import holds it: taking it over.`);
    await rmdir(lockPath).catch(() => {});
  }
}
