import { Tag } from 'antd';
import type { CalendarDay } from '../calendar-api';

const kinds: Record<CalendarDay['kind'], { label: string; color: string }> = {
  workday: { label: '工作日', color: 'default' },
  weekend: { label: '周末休息', color: 'default' },
  holiday: { label: '法定节假日', color: 'red' },
  adjusted_workday: { label: '调休上班', color: 'blue' },
};

/** What a day is and why: 法定节假日（春节）, 周末休息, 调休上班（春节）. */
export function DayKindTag({ day }: { day: Pick<CalendarDay, 'kind' | 'name'> }) {
  const { label, color } = kinds[day.kind];
  return <Tag color={color}>{day.name ? `${label}（${day.name}）` : label}</Tag>;
}

const weekdays = ['日', '一', '二', '三', '四', '五', '六'];
/** 星期几 of an ISO date, whatever the browser's time zone. */
export const weekdayOf = (date: string) => `星期${weekdays[new Date(`${date}T00:00:00Z`).getUTCDay()]}`;
