import createClient from 'openapi-fetch';
import { typedFetch } from '../api-client';
import type { paths } from './openapi';

/**
 * The API client typed from the server's OpenAPI document (`npm run api:types` writes
 * openapi.d.ts): paths, parameters, bodies and answers are checked against the server's schemas.
 * Failures throw ApiError like `api` does.
 */
export const typedApi = createClient<paths>({ baseUrl: '', fetch: typedFetch });

/** The parameters of an operation on one record, `/api/…/{id}`. */
export const byId = <Id extends string | number>(id: Id) => ({ params: { path: { id } } });

/** The JSON answer (200) of an operation. */
export type Answer<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

/** The JSON body an operation takes. */
export type Body<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer T } };
}
  ? T
  : never;

/** The data of a successful answer (errors were thrown by `typedFetch`). */
export async function dataOf<T>(call: Promise<{ data?: T }>): Promise<T> {
  const { data } = await call;
  return data as T;
}
