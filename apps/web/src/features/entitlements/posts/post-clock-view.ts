/** What the 3-year clock shows: the share of the general term used and how it reads. */
export interface ClockFigures {
  monthsUsed: number;
  generalMaxMonths: number;
  monthsLeft: number;
  generalEndMonth: string;
  nearEnd: boolean;
  endedOn: string | null;
  extensionApprovedAt: string | null;
}

export interface ClockView {
  /** 0–100 */
  percent: number;
  status: 'normal' | 'active' | 'exception' | 'success';
  /** 已用22/36个月 */
  text: string;
  /** a sentence under the bar */
  note: string;
}

export function clockView(c: ClockFigures): ClockView {
  const percent = Math.min(100, Math.round((c.monthsUsed / c.generalMaxMonths) * 100));
  const text = `已用${Math.min(c.monthsUsed, c.generalMaxMonths)}/${c.generalMaxMonths}个月`;
  if (c.endedOn)
    return { percent, status: 'normal', text, note: `岗位已于${c.endedOn}结束，共计${c.monthsUsed}个月` };
  if (c.extensionApprovedAt)
    return {
      percent,
      status: 'success',
      text,
      note: `一般补贴期限至${c.generalEndMonth}，“4050”人员延长补贴期限已经审核同意`,
    };
  if (c.monthsUsed > c.generalMaxMonths)
    return {
      percent,
      status: 'exception',
      text,
      note: `一般补贴期限已于${c.generalEndMonth}届满（已超出${c.monthsUsed - c.generalMaxMonths}个月）`,
    };
  if (c.nearEnd)
    return {
      percent,
      status: 'exception',
      text,
      note: `一般补贴期限至${c.generalEndMonth}，尚余${c.monthsLeft}个月，即将届满`,
    };
  return {
    percent,
    status: 'active',
    text,
    note: `一般补贴期限至${c.generalEndMonth}，尚余${c.monthsLeft}个月`,
  };
}
