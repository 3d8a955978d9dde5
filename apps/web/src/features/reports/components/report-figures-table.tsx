import { Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import type { ReportTableData } from '../report-api';

type Row = ReportTableData['rows'][number];
type Cell = Row['cells'][number];

const figure = (v: number | null | undefined, unit: string) =>
  v === null || v === undefined ? '—' : unit === '%' ? `${v.toFixed(2)}%` : String(v);

function FigureCell({ cell, unit }: { cell: Cell; unit: string }) {
  if (!cell) return <span aria-label="无此项">—</span>;
  const shown = cell.reason ? (
    <Tooltip title={cell.reason}>
      <span>—</span>
    </Tooltip>
  ) : (
    figure(cell.value, unit)
  );
  return (
    <span>
      {shown}
      {cell.differs ? (
        <Tag color="orange" style={{ marginLeft: 8 }} data-testid="report-live-figure">
          当前：{figure(cell.live, unit)}
        </Tag>
      ) : null}
    </span>
  );
}

/** A report table as the form prints it: 指标名称, 计量单位, then one column per period. */
export function ReportFiguresTable({ table, testId }: { table: ReportTableData; testId: string }) {
  const columns: ColumnsType<Row> = [
    {
      title: '指标名称',
      key: 'label',
      render: (_: unknown, r) => (
        <Tooltip title={`${r.definition}（报表依据：${r.source}）`}>
          <span style={{ paddingLeft: r.indent * 24 }}>{r.indent ? `其中：${r.label}` : r.label}</span>
        </Tooltip>
      ),
    },
    { title: '计量单位', dataIndex: 'unit', key: 'unit', width: 100 },
    ...table.columns.map((c, i) => ({
      title: c.label,
      key: c.key,
      align: 'right' as const,
      render: (_: unknown, r: Row) => <FigureCell cell={r.cells[i] ?? null} unit={r.unit} />,
    })),
  ];
  return (
    <Table<Row>
      rowKey="key"
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={table.rows}
      data-testid={testId}
    />
  );
}
