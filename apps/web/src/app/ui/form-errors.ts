import type { FormInstance } from 'antd';
import { ApiError } from '../api-error';

/** Puts the server's 422 field messages under the matching form fields. Returns true when any were placed. */
export function applyFieldErrors(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true)));
  const fields = error.fieldErrors
    .map((e) => ({ name: e.path.split('.')[0] ?? e.path, errors: [e.message] }))
    .filter((f) => known.has(f.name));
  form.setFields(fields);
  return fields.length > 0;
}

/**
 * Places a failed save's message where the user looks: 422 field messages under their fields, a
 * 409 CONFLICT (e.g. 「该证书编号已登记」) under `conflictField`. Returns false when neither applies,
 * so the caller shows the message some other way.
 */
export function applyServerErrors(form: FormInstance, error: unknown, conflictField?: string): boolean {
  if (applyFieldErrors(form, error)) return true;
  if (conflictField && error instanceof ApiError && error.code === 'CONFLICT') {
    form.setFields([{ name: conflictField, errors: [error.message] }]);
    return true;
  }
  return false;
}
