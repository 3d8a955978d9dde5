import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError } from '../errors.ts';
import { installErrorHandler } from './error-handler.ts';

const app = Fastify({ logger: false });
installErrorHandler(app);
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);
app.withTypeProvider<ZodTypeProvider>().get(
  '/leads/:id',
  {
    schema: {
      params: z.object({ id: z.uuid() }),
      querystring: z.object({ page: z.coerce.number().int().max(9) }),
    },
  },
  async () => ({}),
);
const wrapped = (code: string) =>
  Object.assign(new Error('Failed query: insert …'), {
    cause: Object.assign(new Error('duplicate key'), { code }),
  });
app.get('/unique', async () => {
  throw wrapped('23505');
});
app.get('/other-db-error', async () => {
  throw wrapped('23503');
});
app.get('/int-out-of-range', async () => {
  throw wrapped('22003');
});
app.get('/domain', async () => {
  throw new DomainError('STALE', '记录已被他人修改，请刷新后重试');
});

describe('error mapping', () => {
  it('answers a unique-key violation wrapped by the ORM with 409 CONFLICT in Chinese', async () => {
    const res = await app.inject('/unique');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/已存在/) });
  });

  it('hides any other database error behind a 500 with a Chinese message and no SQL', async () => {
    const res = await app.inject('/other-db-error');
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toMatch(/insert|duplicate/);
    expect(res.json().message).toMatch(/系统内部错误/);
  });

  it('answers a data exception the edge missed (class 22) with 422 in Chinese, not 500', async () => {
    const res = await app.inject('/int-out-of-range');
    expect(res.statusCode).toBe(422);
    expect(res.json()).toEqual({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/超出允许范围/) });
  });

  it('answers a malformed id in the address as a record not found, without the parameter path', async () => {
    const res = await app.inject('/leads/not-a-uuid?page=1');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'NOT_FOUND', message: '找不到该记录：链接中的编号格式不正确' });
    // a bad query is still the user's input error, named
    const query = await app.inject('/leads/7d7c4c9e-3c8e-4b8a-9f0e-2f4f5b6a7c8d?page=99');
    expect(query.statusCode).toBe(422);
    expect(query.json().message).toMatch(/^输入有误：querystring\/page/);
  });

  it('maps a domain error code to its status', async () => {
    const res = await app.inject('/domain');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({ code: 'STALE', message: '记录已被他人修改，请刷新后重试' });
  });
});
