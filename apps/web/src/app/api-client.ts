import { ApiError, fallbackMessage } from './api-error';
import { noteServerDate } from './bureau-clock';

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

interface RequestOptions {
  query?: Query;
  body?: unknown;
}

let csrfToken: string | null = null;
let authRequiredHandler: (() => void) | null = null;

/** Remember the CSRF token from the last login or /auth/me answer. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token for requests the client does not send itself (uploads with progress). */
export const currentCsrfToken = (): string | null => csrfToken;

export function setAuthRequiredHandler(handler: (() => void) | null): void {
  authRequiredHandler = handler;
}

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const form = options.body instanceof FormData;
  if (options.body !== undefined && !form) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return exchange(buildUrl(path, options.query), {
    method,
    headers,
    body:
      options.body === undefined
        ? undefined
        : form
          ? (options.body as FormData)
          : JSON.stringify(options.body),
  });
}

/** One request: the session cookie, the server's clock noted, an answer other than 2xx thrown as ApiError. */
async function exchange(input: RequestInfo, init?: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(input, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试');
  }
  noteServerDate(response.headers.get('date'));
  if (!response.ok) throw await toApiError(response);
  return response;
}

/** The fetch of the typed client (app/api/typed-client.ts): the same CSRF header and errors as `api`. */
export function typedFetch(request: Request): Promise<Response> {
  if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
  return exchange(request);
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: { code?: unknown; message?: unknown; details?: unknown } = {};
  try {
    body = await response.json();
  } catch {
    // Not a JSON error body (proxy or gateway page): fall back to a generic message.
  }
  const code = typeof body.code === 'string' ? body.code : `HTTP_${response.status}`;
  const message =
    typeof body.message === 'string' && body.message ? body.message : fallbackMessage(response.status);
  const error = new ApiError(response.status, code, message, body.details);
  if (response.status === 401 && code === 'AUTH_REQUIRED') authRequiredHandler?.();
  return error;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(method, path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Fetch a file (e.g. an xlsx export) and hand it to the browser as a download. */
async function download(path: string, query: Query, fallbackName: string): Promise<void> {
  const response = await send('GET', path, { query });
  const blob = await response.blob();
  const disposition = response.headers.get('content-disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const encoded = match?.[1] ?? match?.[2];
  const name = encoded ? decodeURIComponent(encoded) : fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** multipart/form-data upload (files); the browser sets the boundary. */
  upload: <T>(path: string, form: FormData, query?: Query) => request<T>('POST', path, { body: form, query }),
  download,
};
