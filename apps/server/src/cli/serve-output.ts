import type { InitialAccount } from '../bootstrap.ts';
import type { Config } from '../config.ts';
import { builtinRoles } from '../platform/access/builtin-roles.ts';

/** What `serve` prints on the console: role names in Chinese, and the addresses a user can open. */

const roleName = (code: string) => builtinRoles.find((r) => r.code === code)?.name ?? code;

/** Pads to a column of `width` on a terminal, where a Chinese character takes two columns. */
const padColumn = (text: string, width: number) =>
  text +
  ' '.repeat(Math.max(0, width - [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0)));

/** One line per administrator created at first start, with the one-time password. */
export const initialAccountLines = (accounts: InitialAccount[]): string[] =>
  accounts.map(
    (a) => `  ${padColumn(roleName(a.role), 12)} 用户名 ${a.username.padEnd(10)} 初始密码 ${a.password}`,
  );

/** One line per demo user: user name, role, organisation. */
export const demoUserLines = (users: { username: string; role: string; orgName: string }[]): string[] =>
  users.map((u) => `  ${u.username.padEnd(22)} ${padColumn(roleName(u.role), 20)} ${u.orgName}`);

/**
 * Where to open the web app: localhost when the server listens on every interface (Fastify's own
 * log would list each interface, including addresses no user can reach), else the host itself.
 */
export function openUrls({ host, port }: Pick<Config, 'host' | 'port'>): string[] {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return [`http://${shown}:${port}`];
}
