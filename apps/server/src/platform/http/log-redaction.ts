import type { FastifyRequest } from 'fastify';

/**
 * Fields pino must never print: credentials and personal data (GB/T 22239 and PIPL). Request
 * bodies are not logged at all; these paths cover anything a handler might log by mistake.
 */
export const redactPaths = [
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.oldPassword',
  '*.newPassword',
  '*.idNumber',
  '*.phone',
  '*.secret',
  '*.code',
];

const CENSOR = '[已隐藏]';
/** Query parameters whose values never carry personal data, kept readable in logs. */
const harmless = new Set(['page', 'pageSize', 'sort']);

/**
 * The URL as a log line may show it: the path, and the query with every value hidden but paging
 * and sorting. A search (`?q=` an ID number, phone or name) must not reach the logs.
 */
export function redactedUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const query = url
    .slice(at + 1)
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const [key = '', value = ''] = pair.split(/=(.*)/s);
      return `${key}=${harmless.has(key) && /^[\w-]*$/.test(value) ? value : CENSOR}`;
    });
  return `${url.slice(0, at)}?${query.join('&')}`;
}

/** pino's request serializer: Fastify's fields, with the URL redacted. */
export const requestSerializer = (req: FastifyRequest) => ({
  method: req.method,
  url: redactedUrl(req.url),
  host: req.host,
  remoteAddress: req.ip,
  remotePort: req.socket?.remotePort,
});
