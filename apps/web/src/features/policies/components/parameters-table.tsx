import { Button, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { EmptyState } from '../../../app/ui/empty-state';
import { dimensionLabel, parameterKeyLabel, parameterValueText } from '../parameter-labels';
import { label, unitLabels } from '../policy-labels';
import type { ParameterStep, ParameterValues, PolicyReference } from '../policy-types';

interface StepRow extends ParameterStep {
  rowKey: string;
  parameter: ParameterValues;
  /** rows this parameter spans (on its first row), 0 on the others */
  span: number;
}

function toRows(parameters: ParameterValues[]): StepRow[] {
  return parameters.flatMap((parameter) => {
    const steps = parameter.steps.length
      ? parameter.steps
      : [{ key: null, from: '—', value: null, ref: { doc: '—' }, placeholder: false }];
    return steps.map((step, i) => ({
      ...step,
      rowKey: `${parameter.name}|${step.key ?? ''}|${step.from}|${i}`,
      parameter,
      span: i === 0 ? steps.length : 0,
    }));
  });
}

export function referenceText(ref: PolicyReference): string {
  return [ref.doc, ref.clause].filter(Boolean).join(' ');
}

interface ParametersTableProps {
  parameters: ParameterValues[];
  /** set when the user may configure local values: opens the modal for that parameter (and key) */
  onConfigure?: (name: string, key: string | null) => void;
}

export function ParametersTable({ parameters, onConfigure }: ParametersTableProps) {
  const spanned = (row: StepRow) => ({ rowSpan: row.span });
  const columns: ColumnsType<StepRow> = [
    {
      title: '参数',
      key: 'label',
      onCell: spanned,
      render: (_: unknown, row) => (
        <>
          <div>{row.parameter.label}</div>
          {row.parameter.by ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              按{dimensionLabel(row.parameter.by)}分项
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      title: '单位',
      key: 'unit',
      width: 70,
      onCell: spanned,
      render: (_: unknown, row) => label(unitLabels, row.parameter.unit),
    },
    {
      title: '分项',
      key: 'key',
      width: 150,
      render: (_: unknown, row) =>
        row.key ? <Tag>{parameterKeyLabel(row.parameter.by, row.key)}</Tag> : '—',
    },
    { title: '起始日期', dataIndex: 'from', key: 'from', width: 110 },
    {
      title: '取值',
      key: 'value',
      width: 200,
      render: (_: unknown, row) => (
        <>
          {row.value === null ? (
            <Typography.Text type="secondary">停止适用</Typography.Text>
          ) : (
            <Typography.Text strong>{parameterValueText(row.parameter.unit, row.value)}</Typography.Text>
          )}
          {row.placeholder ? (
            <Tag color="orange" style={{ marginLeft: 8 }} data-testid="placeholder-tag">
              待管理员设置
            </Tag>
          ) : null}
        </>
      ),
    },
    {
      title: '依据',
      key: 'ref',
      render: (_: unknown, row) => (
        <>
          <div>{referenceText(row.ref)}</div>
          {row.ref.note ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.ref.note}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
  ];
  if (onConfigure) {
    columns.push({
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_: unknown, row) => (
        <Button type="link" size="small" onClick={() => onConfigure(row.parameter.name, row.key)}>
          设置
        </Button>
      ),
    });
  }

  return (
    <Table<StepRow>
      rowKey="rowKey"
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={toRows(parameters)}
      locale={{ emptyText: <EmptyState description="本政策不使用参数" /> }}
      onRow={(row) => (row.placeholder ? { style: { background: '#fff7e6' } } : {})}
      data-testid="policy-parameters"
    />
  );
}
