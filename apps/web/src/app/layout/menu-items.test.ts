import { describe, expect, it } from 'vitest';
import { buildMenuItems } from './menu-items';

/** The labels of the side menu a user with `permissions` sees. */
const labels = (permissions: string[]) =>
  buildMenuItems(permissions).flatMap((item) => {
    const group = item as { children?: { label: string }[]; label?: string };
    return group.children ? group.children.map((c) => c.label) : [String(group.label)];
  });

describe('side menu', () => {
  it("gives a bank's staff one entry for their loans, the one with the repayment import", () => {
    const bank = labels(['loan:operate']);
    expect(bank).toContain('本行贷款与还款');
    expect(bank).not.toContain('创业担保贷款');
  });

  it("shows a hospital's staff their own work, not the 医保处's pages", () => {
    const hospital = labels(['health_check:operate']);
    expect(hospital).toEqual(
      expect.arrayContaining(['本院信息', '受检人员', '重要异常通知', '体检进度周报', '档案审核与返还']),
    );
    expect(hospital).not.toContain('体检医院');
    expect(hospital).not.toContain('质量抽查与满意率');
  });
});
