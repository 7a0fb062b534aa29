/**
 * Reading a plan file's text before it is parsed, so that what a parser cannot take (invalid UTF-8,
 * nesting deep enough to overflow the stack) is an error with its place, not a crash. Works in
 * browsers and Node. (A key given twice is found by json-duplicates.ts, for the CLI.)
 */

/** Nesting deeper than any plan needs (a plan is about 12 deep); deeper text is refused before parsing. */
export const MAX_JSON_DEPTH = 64;

/** Line starts, found once, so that each of many problems finds its line:column by binary search. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 1-based line and column of a character offset. */
  at(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}

export type DecodedText = { ok: true; text: string } | { ok: false; message: string; offset: number; text: string };

/**
 * The UTF-8 text of a file's bytes (a byte-order mark dropped), or where it stops being UTF-8: the
 * character offset of the first bad byte in the text before it. UTF-16 is named as such.
 */
export function decodeUtf8Text(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, offset: 0, text: '', message: 'the file is saved as UTF-16: plan files must be UTF-8 (save it again choosing UTF-8)' };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  // Valid UTF-8 (a real U+FFFD included) encodes back to the same bytes; the first difference is the first bad byte.
  const again = new TextEncoder().encode(lenient);
  let i = 0;
  while (i < body.length && i < again.length && body[i] === again[i]) i++;
  if (i === body.length && i === again.length) return { ok: true, text: lenient };
  // Back to the start of the character the bad byte is in (continuation bytes are 10xxxxxx).
  while (i > 0 && (body[i]! & 0xc0) === 0x80) i--;
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body.subarray(0, i));
  const byte = body[i]!.toString(16).toUpperCase().padStart(2, '0');
  return {
    ok: false,
    offset: before.length,
    text: before,
    message: `not valid UTF-8 (byte ${byte} at byte ${start + i + 1}): save the file as UTF-8 (in Notepad: Save As, Encoding "UTF-8")`,
  };
}

/** Where the text first nests deeper than `max` arrays and objects, or undefined. Linear, no recursion. */
export function tooDeepAt(text: string, max = MAX_JSON_DEPTH): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return undefined;
}
