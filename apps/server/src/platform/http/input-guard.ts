import type { FastifyInstance } from 'fastify';
import { invalid } from '../errors.ts';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** A NUL (PostgreSQL refuses it in text) or a UTF-16 surrogate without its other half. */
const unsafe = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);

/**
 * The path (`body/members/0/name`) of the first string or key in `value` holding a NUL or a lone
 * surrogate, or null. Iterative, so that a deeply nested body cannot exhaust the stack.
 */
export function findUnsafeText(value: unknown, root: string): string | null {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (unsafe(v)) return path;
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (unsafe(k)) return path;
        stack.push([child, `${path}/${k}`]);
      }
    }
  }
  return null;
}

const where = { params: 'params', query: 'querystring', body: 'body' } as const;

/**
 * Refuses, before any schema or query sees them, request values the database cannot store or
 * compare: 422 VALIDATION_FAILED naming the field, for every route at once.
 */
export function installInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (req) => {
    for (const [key, label] of Object.entries(where)) {
      const path = findUnsafeText(req[key as keyof typeof where], label);
      if (path) {
        const message = '含有不允许的字符（空字符或不成对的代理字符）';
        throw invalid(`输入有误：${path} ${message}`, [{ path, message }]);
      }
    }
  });
}
