import { useQuery } from '@tanstack/react-query';
import { Drawer, Table, Tag } from 'antd';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { type FigureKind, fetchLoans, figureKindLabels, type LedgerLoan } from '../credit-communities-api';

const yes = (v: boolean) => (v ? <Tag color="success">是</Tag> : <Tag>否</Tag>);

/** The loans one figure counted (drill-down), ID numbers masked; the server audits the reading. */
export function LoansDrawer(props: {
  community: { communityOrgId: number; name: string };
  year: number;
  kind: FigureKind;
  onClose: () => void;
}) {
  const { community, year, kind } = props;
  const loans = useQuery({
    queryKey: ['entrepreneurship', 'credit-communities', 'loans', community.communityOrgId, year, kind],
    queryFn: () => fetchLoans(community.communityOrgId, year, kind),
  });
  return (
    <Drawer
      open
      width={960}
      title={`${community.name} ${year}年度 ${figureKindLabels[kind]}`}
      onClose={props.onClose}
      data-testid="credit-community-loans"
    >
      <QueryErrorAlert error={loans.error} onRetry={() => loans.refetch()} />
      <Table<LedgerLoan>
        rowKey="id"
        size="small"
        pagination={false}
        loading={loans.isFetching}
        dataSource={loans.data}
        columns={[
          { title: '贷款编号', dataIndex: 'number' },
          { title: '借款人', dataIndex: 'name' },
          { title: '证件号码', dataIndex: 'idNumberMasked' },
          { title: '本金（元）', dataIndex: 'principal', align: 'right' },
          { title: '放款日', dataIndex: 'disbursedOn' },
          { title: '到期日', dataIndex: 'maturesOn' },
          { title: '展期至', dataIndex: 'extendedTo', render: (v: string | null) => v ?? '—' },
          { title: '到期前已还本金（元）', dataIndex: 'repaidByDue', align: 'right' },
          { title: '信用承诺书', key: 'c', render: (_, l) => yes(l.commitmentSigned) },
          { title: '跟踪服务卡', key: 't', render: (_, l) => yes(l.trackingCard) },
        ]}
      />
    </Drawer>
  );
}
