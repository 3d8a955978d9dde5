import { Tooltip, Typography } from 'antd';

/** A deadline: red when overdue; a year without a published holiday schedule is marked 暂定. */
export function DueDate({
  on,
  overdue,
  provisional,
}: {
  on: string | null;
  overdue: boolean;
  provisional: boolean;
}) {
  if (!on) return <>—</>;
  const text = (
    <Typography.Text type={overdue ? 'danger' : undefined} strong={overdue} data-overdue={overdue}>
      {on}
      {overdue ? '（已超期）' : ''}
    </Typography.Text>
  );
  if (!provisional) return text;
  return (
    <Tooltip title="该年度节假日安排尚未公布，期限暂按周末计算">
      {text}
      <Typography.Text type="secondary">（暂定）</Typography.Text>
    </Tooltip>
  );
}
