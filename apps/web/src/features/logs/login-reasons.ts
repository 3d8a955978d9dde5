/** Why a sign-in failed, as the server records it (auth.service.ts), in words for the log. */
const loginReasons: Record<string, string> = {
  unknown_user: '用户名不存在',
  disabled: '账号已停用',
  locked: '账号已锁定',
  bad_password: '密码错误',
  bad_password_locked: '密码错误，账号已锁定',
  bad_totp: '动态口令错误',
};

export const loginReasonLabel = (reason: string | null): string =>
  reason === null ? '—' : (loginReasons[reason] ?? reason);
