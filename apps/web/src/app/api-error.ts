export interface FieldError {
  path: string;
  message: string;
}

/** An error answered by the API: a stable code plus a Chinese message meant for the user. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Field errors of a 422 VALIDATION_FAILED answer, empty otherwise. */
  get fieldErrors(): FieldError[] {
    if (this.code !== 'VALIDATION_FAILED' || !Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldError =>
        typeof d === 'object' && d !== null && typeof d.path === 'string' && typeof d.message === 'string',
    );
  }
}

const fallbackMessages: Record<number, string> = {
  400: '请求有误，请检查后重试',
  401: '登录已失效，请重新登录',
  403: '没有权限执行此操作',
  404: '记录不存在或不在您的数据范围内',
  409: '数据已被修改或已存在，请刷新后重试',
  413: '提交的数据过大',
  422: '填写的信息有误，请检查',
  429: '操作过于频繁，请稍后再试',
};

export function fallbackMessage(status: number): string {
  return fallbackMessages[status] ?? '服务器开小差了，请稍后重试';
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return '发生未知错误，请稍后重试';
}
