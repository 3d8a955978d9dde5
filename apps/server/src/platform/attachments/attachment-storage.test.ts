import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { localAttachmentStorage } from './attachment-storage.ts';

const newStore = async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'minsheng-store-'));
  return { dir, store: localAttachmentStorage(dir) };
};
const filesUnder = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);

describe('the local attachment store', () => {
  it('stores, reads and removes a file under its key, leaving nothing in tmp/', async () => {
    const { dir, store } = await newStore();
    await store.put('ab/abc-1', Buffer.from('内容'), '');
    expect(await text(await store.read('ab/abc-1'))).toBe('内容');
    expect(await readdir(path.join(dir, 'tmp'))).toEqual([]);
    await store.remove('ab/abc-1');
    await expect(store.read('ab/abc-1')).rejects.toThrow();
    await store.remove('ab/abc-1');
  });

  it('leaves no partial file anywhere when the final rename fails', async () => {
    const { dir, store } = await newStore();
    // A non-empty folder where the file should go: the rename into place fails.
    await mkdir(path.join(dir, 'objects', 'cd', 'cd-2'), { recursive: true });
    await writeFile(path.join(dir, 'objects', 'cd', 'cd-2', 'keep'), 'x');
    await expect(store.put('cd/cd-2', Buffer.alloc(1000, 1), '')).rejects.toThrow();
    expect(await filesUnder(dir)).toEqual(['keep']);
  });

  it('refuses keys that could leave its folder', async () => {
    const { store } = await newStore();
    await expect(store.put('../etc/passwd', Buffer.from('x'), '')).rejects.toThrow('invalid storage key');
    await expect(store.read('/abs')).rejects.toThrow('invalid storage key');
  });
});
