import type { Violation } from '../registrations/registration-rules.ts';

/** The policy that publishes the shortage-occupation catalogue and reads it (`000 第三篇 二(四)`). */
export const CATALOGUE_POLICY_ID = 'zhuhai.high-skill-subsidy';

/**
 * A catalogue edition's publication date: inside the validity of the policy it belongs to (an
 * edition before the policy took effect, or after it lapsed, is no edition of it) and not after
 * today (an edition counts from its publication, so a future date would list occupations early).
 */
export function publicationViolations(
  publishedOn: string,
  validity: { from: string; to: string | null },
  today: string,
): Violation[] {
  const fail = (message: string) => [{ path: 'publishedOn', message }];
  if (publishedOn > today) return fail(`公布日期「${publishedOn}」晚于今天`);
  if (publishedOn < validity.from)
    return fail(`公布日期「${publishedOn}」早于政策施行日期「${validity.from}」`);
  if (validity.to !== null && publishedOn > validity.to)
    return fail(`公布日期「${publishedOn}」晚于政策有效期截止日期「${validity.to}」`);
  return [];
}
