import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { Link } from 'react-router-dom';
import { formatInstant } from '../../../app/format/date-time';
import { parameterKeyLabel, parameterValueText } from '../parameter-labels';
import { label, unitLabels } from '../policy-labels';
import type { PolicyFigure } from '../policy-types';

const figureName = (f: PolicyFigure) => `${f.label}${f.key ? `（${parameterKeyLabel(f.by, f.key)}）` : ''}`;

/**
 * Administered figures: each with its policy, whether it is set and, for the user who may set it,
 * a link to where. `compact` leaves out who set the value and when (the lists of unset ones).
 */
export function FiguresTable({
  figures,
  compact,
  testId,
}: {
  figures: PolicyFigure[];
  compact?: boolean;
  testId?: string;
}) {
  const columns: ColumnsType<PolicyFigure> = [
    {
      title: '参数',
      key: 'label',
      render: (_: unknown, f) => <Link to={f.path}>{figureName(f)}</Link>,
    },
    {
      title: '政策',
      key: 'policy',
      render: (_: unknown, f) => (
        <>
          {f.policyName}{' '}
          {f.local ? null : (
            <Tag style={{ marginLeft: 4 }} title="不属于本系统的管辖地区，仅供参考">
              {f.jurisdiction.name}
            </Tag>
          )}
        </>
      ),
    },
    {
      title: '状态',
      key: 'status',
      width: 180,
      render: (_: unknown, f) =>
        f.status === 'unset' ? (
          <>
            <Tag color="orange">待设定</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              自 {f.neededSince} 起
            </Typography.Text>
          </>
        ) : (
          <Tag color="green">已设定</Tag>
        ),
    },
    ...(compact
      ? []
      : ([
          {
            title: '现行取值',
            key: 'value',
            render: (_: unknown, f) =>
              f.value === null
                ? '—'
                : `${parameterValueText(f.unit, f.value)} ${f.unit === 'rate' ? '' : label(unitLabels, f.unit)}（自 ${f.from} 起）`,
          },
          { title: '依据', dataIndex: 'refDoc', key: 'refDoc', render: (v: string | null) => v ?? '—' },
          {
            title: '设置人',
            key: 'setBy',
            render: (_: unknown, f) => (f.setAt ? `${f.setByName ?? '—'} ${formatInstant(f.setAt)}` : '—'),
          },
        ] satisfies ColumnsType<PolicyFigure>)),
  ];
  return (
    <Table<PolicyFigure>
      rowKey={(f) => `${f.policyId}|${f.name}|${f.key ?? ''}`}
      size="small"
      columns={columns}
      dataSource={figures}
      pagination={figures.length > 10 ? { pageSize: 10 } : false}
      data-testid={testId}
    />
  );
}
