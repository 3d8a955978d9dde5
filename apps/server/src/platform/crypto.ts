import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Field encryption for personal data (ID numbers, phone numbers, TOTP secrets): AES-256-GCM with a
 * random nonce per value, and a keyed hash (HMAC-SHA256) for exact lookup and uniqueness. Both keys
 * are derived from the one configured data key, so leaking the hash key alone reveals nothing.
 */
export interface FieldCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  lookupHash(plain: string): string;
  /** A fingerprint that tells whether two installations share the data key, revealing nothing of it. */
  keyCheck(): string;
}

export function createFieldCipher(dataKey: Buffer): FieldCipher {
  const encKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'minsheng-field-enc', 32));
  const macKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'minsheng-field-mac', 32));
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(stored) {
      const raw = Buffer.from(stored.slice(3), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    lookupHash(plain) {
      return createHmac('sha256', macKey).update(plain).digest('hex');
    },
    keyCheck() {
      return createHmac('sha256', macKey).update('minsheng-key-check').digest('hex').slice(0, 16);
    },
  };
}

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');
