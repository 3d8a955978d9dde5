import type { RuleObject } from 'antd/es/form';

/** How many of the four classes (upper, lower, digit, symbol) a password uses. */
function characterClasses(password: string): number {
  return [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

/** A non-blocking hint: the server's security settings decide the real policy. */
export const passwordStrengthHint: RuleObject = {
  warningOnly: true,
  validator: async (_rule, value: string | undefined) => {
    if (!value) return;
    if (value.length < 8 || characterClasses(value) < 3) {
      throw new Error('建议至少 8 位，并包含大写字母、小写字母、数字、符号中的 3 类');
    }
  },
};
