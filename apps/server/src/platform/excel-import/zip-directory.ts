import { open } from 'node:fs/promises';

/** Reads `length` bytes at `position` of the zip file (a buffer or a file on disk). */
export type ReadAt = (position: number, length: number) => Promise<Buffer>;

export const readAtBuffer =
  (buf: Buffer): ReadAt =>
  async (position, length) =>
    buf.subarray(position, position + length);

export async function withFileReadAt<T>(path: string, fn: (readAt: ReadAt) => Promise<T>): Promise<T> {
  const fh = await open(path, 'r');
  try {
    return await fn(async (position, length) => {
      const out = Buffer.alloc(length);
      const { bytesRead } = await fh.read(out, 0, length, position);
      return out.subarray(0, bytesRead);
    });
  } finally {
    await fh.close();
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * The uncompressed size of the first worksheet, from the zip's central directory (at the end of
 * the file, so no decompression is needed). Progress is then exact: decompressed sheet bytes read
 * so far against this total. Answers null when the directory cannot be read (then the caller
 * estimates from compressed bytes).
 */
export async function firstSheetSize(readAt: ReadAt, size: number): Promise<number | null> {
  const tailLength = Math.min(size, 65_557);
  const tail = await readAt(size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) return null;
  const dirSize = tail.readUInt32LE(at + 12);
  const dirOffset = tail.readUInt32LE(at + 16);
  const dir = await readAt(dirOffset, dirSize);
  let best: { n: number; size: number } | null = null;
  for (let p = 0; p + 46 <= dir.length && dir.readUInt32LE(p) === CENTRAL; ) {
    const uncompressed = dir.readUInt32LE(p + 24);
    const nameLength = dir.readUInt16LE(p + 28);
    const skip = nameLength + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
    const name = dir.toString('utf8', p + 46, p + 46 + nameLength);
    const m = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name);
    if (m && (!best || Number(m[1]) < best.n)) best = { n: Number(m[1]), size: uncompressed };
    p += 46 + skip;
  }
  return best && best.size > 0 ? best.size : null;
}
