import { Col, Row, Tooltip, Typography } from 'antd';
import type { CSSProperties } from 'react';
import type { DayEntry } from '../calendar-api';

const pad = (n: number) => String(n).padStart(2, '0');
const heads = ['一', '二', '三', '四', '五', '六', '日'];
const cell: CSSProperties = { width: 28, height: 24, textAlign: 'center', fontSize: 12, borderRadius: 4 };
const styles = {
  holiday: { ...cell, background: '#fde2e1', color: '#b8312f', fontWeight: 600 },
  workday: { ...cell, background: '#dbeafe', color: '#1d4ed8', fontWeight: 600 },
  // grey that still meets WCAG AA contrast (5.3:1) on white
  weekend: { ...cell, color: '#6b6b6b' },
  plain: cell,
} satisfies Record<string, CSSProperties>;

interface Cell {
  /** position in the month's grid, stable for a month */
  key: string;
  /** day of the month; null pads the first and last week */
  day: number | null;
  weekend: boolean;
}

/** The weeks of a month, Monday first. */
function weeks(year: number, month: number): { key: string; cells: Cell[] }[] {
  const first = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const count = Math.ceil((first + days) / 7) * 7;
  const cells = Array.from({ length: count }, (_, i): Cell => {
    const day = i - first + 1;
    return { key: `c${i}`, day: day >= 1 && day <= days ? day : null, weekend: i % 7 >= 5 };
  });
  return Array.from({ length: count / 7 }, (_, w) => ({
    key: `w${w}`,
    cells: cells.slice(w * 7, w * 7 + 7),
  }));
}

/** A year at a glance: holidays in red, adjusted working days (调休上班) in blue, weekends grey. */
export function YearGrid({
  year,
  holidays,
  workdays,
}: {
  year: number;
  holidays: DayEntry[];
  workdays: DayEntry[];
}) {
  const holiday = new Map(holidays.map((d) => [d.date, d.name]));
  const worked = new Map(workdays.map((d) => [d.date, d.name]));
  return (
    <Row gutter={[16, 16]} data-testid="year-grid">
      {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
        <Col key={month} xs={24} sm={12} md={8} xl={6}>
          <Typography.Text strong>{month} 月</Typography.Text>
          <table style={{ borderCollapse: 'separate', borderSpacing: 2 }}>
            <thead>
              <tr>
                {heads.map((h) => (
                  <th key={h} style={{ ...cell, fontWeight: 400, color: '#666' }}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks(year, month).map((week) => (
                <tr key={week.key}>
                  {week.cells.map(({ key, day, weekend }) => {
                    if (day === null) return <td key={key} style={cell} />;
                    const date = `${year}-${pad(month)}-${pad(day)}`;
                    const name = holiday.get(date) ?? worked.get(date);
                    const style = holiday.has(date)
                      ? styles.holiday
                      : worked.has(date)
                        ? styles.workday
                        : weekend
                          ? styles.weekend
                          : styles.plain;
                    const td = (
                      <td key={key} style={style} data-date={date}>
                        {day}
                      </td>
                    );
                    return name ? (
                      <Tooltip key={key} title={`${date} ${worked.has(date) ? `${name}（调休上班）` : name}`}>
                        {td}
                      </Tooltip>
                    ) : (
                      td
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </Col>
      ))}
    </Row>
  );
}
