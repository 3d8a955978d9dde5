import type { FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, errorStatus } from '../errors.ts';

/** The SQLSTATE of a database error, also when the ORM wrapped it. */
function pgErrorCode(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 3; depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

/** Router errors (a malformed percent-encoding, an over-long path segment) in the usual shape. */
export function frameworkErrors(err: { statusCode?: number }, _req: unknown, reply: FastifyReply) {
  return reply.status(err.statusCode ?? 400).send({ code: 'BAD_REQUEST', message: '请求地址格式不正确' });
}

/** Maps every error to `{ code, message, details? }` with a Chinese message; internals never leak. */
export function installErrorHandler(app: FastifyInstance, opts: { spaShell?: boolean } = {}) {
  app.setErrorHandler((err, req, reply) => {
    if (err instanceof DomainError) {
      return reply
        .status(errorStatus[err.code])
        .send({ code: err.code, message: err.message, details: err.details });
    }
    // A malformed id in the address (a hand-edited or truncated link) names no record: the user is
    // told so, not shown the schema path of the parameter.
    if (hasZodFastifySchemaValidationErrors(err) && err.validationContext === 'params') {
      return reply.status(404).send({ code: 'NOT_FOUND', message: '找不到该记录：链接中的编号格式不正确' });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        path: `${err.validationContext ?? ''}${v.instancePath}`,
        message: v.message,
      }));
      return reply.status(422).send({
        code: 'VALIDATION_FAILED',
        message: `输入有误：${details.map((d) => `${d.path} ${d.message}`).join('；')}`,
        details,
      });
    }
    // Two requests racing past a service's duplicate check meet the database's unique index.
    if (pgErrorCode(err) === '23505') {
      return reply
        .status(409)
        .send({ code: 'CONFLICT', message: '记录已存在（可能刚被他人同时提交），请刷新后重试' });
    }
    // Class 22 (data exception: a number out of range, an impossible date, a NUL in text): input the
    // edge should have refused. Answered as the input error it is, and logged so the gap gets fixed.
    if (pgErrorCode(err)?.startsWith('22')) {
      req.log.warn({ err }, 'input refused by the database');
      return reply
        .status(422)
        .send({ code: 'VALIDATION_FAILED', message: '输入有误：数值、日期或文字超出允许范围' });
    }
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      return reply.status(status).send({ code: 'BAD_REQUEST', message: '请求格式不正确' });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ code: 'INTERNAL', message: '系统内部错误，请稍后再试或联系管理员' });
  });
  app.setNotFoundHandler((req, reply) => {
    const page = req.method === 'GET' && !req.url.startsWith('/api/') && !/\.[a-z0-9]+(\?|$)/i.test(req.url);
    if (opts.spaShell && page) return reply.sendFile('index.html');
    return reply
      .status(404)
      .send({ code: 'NOT_FOUND', message: `接口不存在：${req.method} ${req.url.split('?')[0]}` });
  });
}
