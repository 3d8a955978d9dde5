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
