import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFieldCipher, nonceSource } from './crypto.ts';

describe('field encryption', () => {
  const cipher = createFieldCipher(Buffer.alloc(32, 3));

  it('decrypts what it encrypted, for any text', () => {
    fc.assert(
      fc.property(fc.string(), (plain) => {
        expect(cipher.decrypt(cipher.encrypt(plain))).toBe(plain);
      }),
    );
  });

  it('never gives the same ciphertext twice for one value, across pool refills', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 3000; i++) seen.add(cipher.encrypt('370983199003071234'));
    expect(seen.size).toBe(3000);
  });

  it('cuts distinct 12-byte nonces from its pool and refills it when used up', () => {
    const next = nonceSource(12, 4);
    const nonces = Array.from({ length: 10 }, () => next());
    expect(nonces.every((n) => n.length === 12)).toBe(true);
    expect(new Set(nonces.map((n) => n.toString('hex'))).size).toBe(10);
    // Slices of an old pool keep their bytes after a refill.
    const first = Buffer.from(nonces[0]!);
    for (let i = 0; i < 20; i++) next();
    expect(nonces[0]!.equals(first)).toBe(true);
  });

  it('keeps the lookup hash stable and keyed', () => {
    const other = createFieldCipher(Buffer.alloc(32, 4));
    expect(cipher.lookupHash('13812345678')).toBe(cipher.lookupHash('13812345678'));
    expect(cipher.lookupHash('13812345678')).not.toBe(other.lookupHash('13812345678'));
  });
});
