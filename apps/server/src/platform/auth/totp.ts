import * as OTPAuth from 'otpauth';

const ISSUER = '民生人社平台';

export const newTotpSecret = () => new OTPAuth.Secret({ size: 20 }).base32;

function totp(secret: string, username: string) {
  return new OTPAuth.TOTP({ issuer: ISSUER, label: username, secret: OTPAuth.Secret.fromBase32(secret) });
}

export const totpUri = (secret: string, username: string) => totp(secret, username).toString();

/** Accepts the current code and one step either side, for clock drift. */
export const checkTotp = (secret: string, username: string, code: string) =>
  /^\d{6}$/.test(code) && totp(secret, username).validate({ token: code, window: 1 }) !== null;
