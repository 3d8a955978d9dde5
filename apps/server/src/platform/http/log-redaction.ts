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
