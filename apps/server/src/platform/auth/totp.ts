import * as OTPAuth from 'otpauth';

const ISSUER = '民生人社平台';

export const newTotpSecret = () => new OTPAuth.Secret({ size: 20 }).base32;

function totp(secret: string, username: string) {
  return new OTPAuth.TOTP({ issuer: ISSUER, label: username, secret: OTPAuth.Secret.fromBase32(secret) });
}

export const totpUri = (secret: string, username: string) => totp(secret, username).toString();

/**
 * The time step (30-second period since the epoch) whose code `code` is, at `at`, or null when it
 * is none of the current step and one either side (clock drift). The caller refuses a step at or
 * before the last one accepted, so that a code works once.
 */
export function totpStep(secret: string, username: string, code: string, at: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const t = totp(secret, username);
  const timestamp = at.getTime();
  const delta = t.validate({ token: code, timestamp, window: 1 });
  return delta === null ? null : t.counter({ timestamp }) + delta;
}
