import { describe, expect, it } from 'vitest';
import { builtinRoles } from '../platform/access/builtin-roles.ts';
import { demoUserLines, initialAccountLines, openUrls } from './serve-output.ts';

const roleCodes = builtinRoles.map((r) => r.code);

describe('what serve prints', () => {
  it('names the demo users’ roles in Chinese, never by their codes', () => {
    const lines = demoUserLines(
      builtinRoles.map((r, i) => ({ username: `user${i}`, role: r.code, orgName: '泰安市' })),
    );
    expect(lines).toHaveLength(builtinRoles.length);
    for (const [i, line] of lines.entries()) {
      expect(line).toContain(builtinRoles[i]!.name);
      for (const code of roleCodes) expect(line).not.toContain(code);
    }
  });

  it('names the administrators’ roles in Chinese', () => {
    const [line] = initialAccountLines([{ username: 'secadmin', role: 'security_admin', password: 'x' }]);
    expect(line).toMatch(/安全管理员\s+用户名 secadmin\s+初始密码 x/);
  });

  it('gives the addresses a user can open: localhost for every interface, else the host', () => {
    expect(openUrls({ host: '0.0.0.0', port: 3000 })).toEqual(['http://localhost:3000']);
    expect(openUrls({ host: '::', port: 3000 })).toEqual(['http://localhost:3000']);
    expect(openUrls({ host: '127.0.0.1', port: 8080 })).toEqual(['http://127.0.0.1:8080']);
    expect(openUrls({ host: 'minsheng.example.cn', port: 80 })).toEqual(['http://minsheng.example.cn:80']);
  });
});
