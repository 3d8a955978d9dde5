import { randomInt } from 'node:crypto';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import argon2 from 'argon2';
import { DomainError } from '../errors.ts';
import type { SecuritySettings } from '../security/security-settings.ts';

export const hashPassword = (plain: string) => argon2.hash(plain, { type: argon2.argon2id });
export const verifyPassword = (hash: string, plain: string) => argon2.verify(hash, plain);

const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

/**
 * zxcvbn's guess estimate against its common-language dictionaries, which include the most
 * frequent passwords of public breach corpora: checked offline, nothing leaves the server.
 */
const strength = new ZxcvbnFactory({
  dictionary: common.dictionary,
  graphs: common.adjacencyGraphs,
});
/** zxcvbn score 3: about 10^8 guesses or more, "safely unguessable" against online attacks. */
const MIN_SCORE = 3;

export interface PasswordOwner {
  username: string;
  displayName: string;
}

/** The length and character classes of the settings, then: not the username, not a common password. */
export function checkPasswordPolicy(
  plain: string,
  s: Pick<SecuritySettings, 'passwordMinLength' | 'passwordMinClasses'>,
  owner: PasswordOwner,
) {
  const count = classes.filter((re) => re.test(plain)).length;
  if (plain.length < s.passwordMinLength || count < s.passwordMinClasses) {
    throw new DomainError(
      'PASSWORD_POLICY',
      `密码至少 ${s.passwordMinLength} 位，且须包含大写字母、小写字母、数字、特殊字符中的至少 ${s.passwordMinClasses} 类`,
    );
  }
  const lower = plain.toLowerCase();
  const name = owner.username.toLowerCase();
  if (lower.includes(name) || lower.includes([...name].reverse().join(''))) {
    throw new DomainError('PASSWORD_POLICY', '密码不能包含用户名');
  }
  if (strength.check(plain, [owner.username, owner.displayName]).score < MIN_SCORE) {
    throw new DomainError(
      'PASSWORD_POLICY',
      '密码过于常见或容易猜到（如常用密码、泄露过的密码、键盘序列、重复字符），请换一个',
    );
  }
}

const alphabet = {
  lower: 'abcdefghijkmnpqrstuvwxyz',
  upper: 'ABCDEFGHJKLMNPQRSTUVWXYZ',
  digit: '23456789',
  symbol: '@#%+=!?',
};

/** A one-time password that satisfies any allowed policy: 14 characters from all four classes. */
export function generateInitialPassword(): string {
  const pick = (set: string) => set[randomInt(set.length)]!;
  const all = Object.values(alphabet).join('');
  const chars = [pick(alphabet.lower), pick(alphabet.upper), pick(alphabet.digit), pick(alphabet.symbol)];
  while (chars.length < 14) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
