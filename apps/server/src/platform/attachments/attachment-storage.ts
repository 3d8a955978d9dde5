import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Where attachment bytes live. Keys are chosen by the attachment service (one per stored file,
 * never reused); `put` is all or nothing: a reader never sees a partly written object, and a
 * failed put leaves nothing behind under the key.
 */
export interface AttachmentStorage {
  readonly kind: 'local' | 's3';
  put(key: string, content: Buffer, sha256: string): Promise<void>;
  /** the bytes of a stored object; NOT_FOUND-free: a missing object is an error of the store */
  read(key: string): Promise<Readable>;
  /** removes the object; removing a missing one is not an error */
  remove(key: string): Promise<void>;
}

const safeKey = (key: string) => {
  if (!/^[0-9a-z][0-9a-z/-]*$/.test(key) || key.includes('..')) throw new Error('invalid storage key');
  return key;
};

/**
 * Files under a folder (DATA_DIR/attachments by default). A file is written to `tmp/` beside its
 * final place, flushed to disk, then renamed into place: a crash mid-write leaves at most a stray
 * file in `tmp/`, never a partial file under a key.
 */
export function localAttachmentStorage(dir: string): AttachmentStorage {
  const tmpDir = path.join(dir, 'tmp');
  const fileOf = (key: string) => path.join(dir, 'objects', ...safeKey(key).split('/'));
  return {
    kind: 'local',
    async put(key, content) {
      const target = fileOf(key);
      await mkdir(path.dirname(target), { recursive: true });
      await mkdir(tmpDir, { recursive: true });
      const tmp = path.join(tmpDir, `${randomUUID()}.part`);
      try {
        const handle = await open(tmp, 'wx', 0o600);
        try {
          await handle.writeFile(content);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(tmp, target);
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
    },
    async read(key) {
      const stream = createReadStream(fileOf(key));
      // Surface "no such file" here rather than mid-response.
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', reject);
      });
      return stream;
    },
    async remove(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}
