import type { Executor } from '../../db/client.ts';
import { invalid } from '../errors.ts';
import { createDictionariesRepo } from './dictionaries.repo.ts';

/**
 * Checks that `code` is an item of dictionary `typeCode`, for services validating coded fields
 * (education, ethnicity, …). Deactivated items are refused for new values; pass `allowInactive`
 * when re-saving a record that already holds one. Throws VALIDATION_FAILED with a Chinese message.
 */
export async function assertDictValue(
  db: Executor,
  typeCode: string,
  code: string,
  fieldLabel: string,
  opts: { path?: string; allowInactive?: boolean } = {},
): Promise<void> {
  const item = await createDictionariesRepo(db).item(typeCode, code);
  const message = !item
    ? `「${fieldLabel}」取值「${code}」不在字典中`
    : !item.active && !opts.allowInactive
      ? `「${fieldLabel}」取值「${code}」（${item.label}）已停用`
      : null;
  if (message) throw invalid(message, [{ path: opts.path ?? `/${typeCode}`, message }]);
}
