/**
 * Reading a file with a cap on what is read, not on what `stat()` says: a link to /dev/zero, a
 * pipe or a file growing while it is read all report a small size and go on for ever. Reads at
 * most `maxBytes + 1` bytes and refuses the file when there are more.
 */
import { open } from 'node:fs/promises';

/** The file holds more than the cap allows. */
export class FileTooLargeError extends Error {
  override name = 'FileTooLargeError';
  constructor(readonly file: string, readonly maxBytes: number) {
    super(`${file} is larger than ${maxBytes} bytes`);
  }
}

const CHUNK_BYTES = 1024 * 1024;

export async function readFileCapped(file: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw new FileTooLargeError(file, maxBytes);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
