import type { FastifyInstance } from 'fastify';

/** A JSON Schema as `@fastify/swagger` writes it from the routes' zod schemas (the subset we read). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  additionalProperties?: boolean | JsonSchema;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

/** One operation of the OpenAPI document: `GET /api/persons/{id}` and its schemas. */
export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path as the document writes it, with `{name}` placeholders. */
  path: string;
  key: string;
  parameters: Parameter[];
  /** The JSON body schema, if the operation takes a JSON body. */
  body?: JsonSchema;
  multipart: boolean;
}

interface RawOperation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

/** Every operation the built app documents at `GET /api/openapi.json`. */
export async function documentedOperations(app: FastifyInstance): Promise<Operation[]> {
  const doc = (await app.inject('/api/openapi.json')).json() as {
    paths: Record<string, Record<string, RawOperation>>;
  };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([m, op]) => {
      const method = m.toUpperCase() as Operation['method'];
      return {
        method,
        path,
        key: `${method} ${path}`,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema,
        multipart: Boolean(op.requestBody?.content?.['multipart/form-data']),
      };
    }),
  );
}

/** UTF-8 percent-encoding that also writes lone surrogates (as their 3-byte WTF-8 form). */
function encode(value: unknown): string {
  const s = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const pair = c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) {
      out += encodeURIComponent(s.slice(i, i + 2));
      i++;
    } else if (c >= 0xd800 && c < 0xe000) {
      const bytes = [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)];
      out += bytes.map((b) => `%${b.toString(16)}`).join('');
    } else out += encodeURIComponent(s[i]!);
  }
  return out;
}

/**
 * The URL of an operation: path parameters filled in, query values appended (a two-element list
 * as the key repeated), any value percent-encoded, lone surrogates included.
 */
export function urlOf(op: Operation, path: Record<string, unknown>, query: Record<string, unknown> = {}) {
  const filled = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encode(path[name]));
  const qs = Object.entries(query)
    .flatMap(([k, v]) => (Array.isArray(v) && v.length === 2 ? v : [v]).map((x) => `${k}=${encode(x)}`))
    .join('&');
  return qs ? `${filled}?${qs}` : filled;
}
