import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Table, type TableColumnsType, type TableProps, Tabs, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useBureauToday } from '../../../app/bureau-clock';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { type Drilldown, fetchCatalogue, fetchDrilldown, statisticsKey } from '../statistics-api';
import { useWhereParams } from '../use-where-params';

const PAGE_SIZE = 20;
/** A drilled record of a subject (the server's row schema of that subject). */
type Row<S extends Drilldown['subject']> = Extract<Drilldown, { subject: S }>['items'][number];
type Common = Pick<Row<Drilldown['subject']>, 'onDate' | 'orgName'>;

const text =
  <R,>(key: keyof R & string) =>
  (_: unknown, r: R) =>
    String(r[key] ?? '');
const common = <R extends Common>(): TableColumnsType<R> => [
  { title: '日期', key: 'onDate', render: text<R>('onDate'), width: 110 },
  { title: '所属机构', key: 'orgName', render: text<R>('orgName') },
];

/** The column that opens the record's own page. */
const linked = <R extends { id: string }>(title: string, key: keyof R & string, to: string) => ({
  title,
  key,
  render: (_: unknown, r: R) => <Link to={`${to}/${r.id}`}>{String(r[key])}</Link>,
});

const caseColumns: TableColumnsType<Row<'case'>> = [
  linked<Row<'case'>>('案件编号', 'number', '/cases'),
  { title: '申请人', key: 'name', render: text('name') },
  { title: '经办事项', key: 'caseTypeName', render: text('caseTypeName') },
  { title: '金额（元）', key: 'amountFen', render: (_, r) => (Number(r.amountFen) / 100).toFixed(2) },
  ...common<Row<'case'>>(),
];

const householdColumns: TableColumnsType<Row<'household'>> = [
  linked<Row<'household'>>('户号', 'number', '/households'),
  { title: '户主', key: 'name', render: text('name') },
  { title: '户主证件号码', key: 'idNumberMasked', render: text('idNumberMasked') },
  ...common<Row<'household'>>(),
];

const personColumns: TableColumnsType<Row<'person'>> = [
  linked<Row<'person'>>('姓名', 'name', '/persons'),
  { title: '证件号码', key: 'idNumberMasked', render: text('idNumberMasked') },
  ...common<Row<'person'>>(),
];

const traineeColumns: TableColumnsType<Row<'trainee'>> = [
  {
    title: '姓名',
    key: 'name',
    render: (_, r) => <Link to={`/persons/${r.personId}`}>{r.name}</Link>,
  },
  { title: '证件号码', key: 'idNumberMasked', render: text('idNumberMasked') },
  {
    title: '培训班',
    key: 'classNumber',
    render: (_, r) => <Link to={`/training/classes/${r.classId}`}>{r.classNumber}</Link>,
  },
  { title: '结业日期', key: 'onDate', render: text<Row<'trainee'>>('onDate'), width: 110 },
  { title: '所属机构', key: 'orgName', render: text<Row<'trainee'>>('orgName') },
];

function DrilldownContent() {
  const { code = '' } = useParams();
  const today = useBureauToday();
  const { where, part, page, set } = useWhereParams(Number(today.slice(0, 4)));
  const catalogue = useQuery({ queryKey: [...statisticsKey, 'catalogue'], queryFn: fetchCatalogue });
  const def = catalogue.data?.find((d) => d.code === code);
  const chosen = part ?? def?.parts[0]?.part;
  const drill = useQuery({
    queryKey: [...statisticsKey, 'drilldown', code, where, chosen, page],
    queryFn: () => fetchDrilldown(code, { ...where, part: chosen, page, pageSize: PAGE_SIZE }),
    enabled: Boolean(def && chosen),
    placeholderData: keepPreviousData,
  });
  return (
    <Card title={`穿透明细：${def?.name ?? code}`} data-testid="drilldown-page">
      <QueryErrorAlert error={catalogue.error ?? drill.error} onRetry={() => drill.refetch()} />
      {def ? (
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
          <Descriptions.Item label="机构、报告期">
            {drill.data ? `${drill.data.org.name} ${drill.data.period.label}` : '…'}
          </Descriptions.Item>
          <Descriptions.Item label="定义">{def.definition}</Descriptions.Item>
          <Descriptions.Item label="计数口径">{def.counting}</Descriptions.Item>
          <Descriptions.Item label="依据">
            {def.reference.doc}
            {def.reference.clause ? ` ${def.reference.clause}` : ''}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      {def && def.parts.length > 1 ? (
        <Tabs
          activeKey={chosen}
          onChange={(p) => set({ part: p, page: undefined })}
          items={def.parts.map((p) => ({
            key: p.part,
            label: catalogue.data?.find((d) => d.code === p.part)?.name ?? p.label,
          }))}
        />
      ) : null}
      {def && def.parts.length === 0 ? (
        <Typography.Paragraph type="secondary">{def.counting}</Typography.Paragraph>
      ) : null}
      {drill.data ? (
        <DrillTable
          page={drill.data}
          loading={drill.isFetching}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: drill.data.total,
            showSizeChanger: false,
            showTotal: (n) => `共 ${n} 条`,
            onChange: (p) => set({ page: p }),
          }}
        />
      ) : null}
    </Card>
  );
}

/** The records of a drill-down page, in the columns of their subject. */
function DrillTable({ page, ...shared }: { page: Drilldown } & Pick<TableProps, 'loading' | 'pagination'>) {
  const props = { ...shared, rowKey: 'id', size: 'small', 'data-testid': 'drilldown-table' } as const;
  if (page.subject === 'case') return <Table {...props} columns={caseColumns} dataSource={page.items} />;
  if (page.subject === 'trainee')
    return <Table {...props} columns={traineeColumns} dataSource={page.items} />;
  if (page.subject === 'household')
    return <Table {...props} columns={householdColumns} dataSource={page.items} />;
  return <Table {...props} columns={personColumns} dataSource={page.items} />;
}

export function DrilldownPage() {
  return (
    <PermissionGate permission="stats:read">
      <DrilldownContent />
    </PermissionGate>
  );
}
