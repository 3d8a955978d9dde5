import { useQuery } from '@tanstack/react-query';
import { Button, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatRatioPercent } from '../../../app/format/ratio';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { fetchExplanation, fetchLines, type SubsidyLine, subsidyKey } from './interest-subsidy-api';

const PAGE = 50;

/** One loan's explanation: the rule evaluated for that loan and period, fetched when asked for. */
function Explanation({ claimId, line }: { claimId: string; line: SubsidyLine }) {
  const q = useQuery({
    queryKey: [...subsidyKey, claimId, 'explanation', line.loanId],
    queryFn: () => fetchExplanation(claimId, line.loanId),
  });
  if (q.error) return <QueryErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Typography.Text type="secondary">正在按政策规则逐日核算……</Typography.Text>;
  const e = q.data.evaluation;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="subsidy-explanation">
      <Typography.Text>
        规则核算金额：<strong>{e.outcome === 'ineligible' ? '0.00' : e.payableTotal}</strong>{' '}
        元；申报明细金额：
        <strong>{q.data.lineAmount}</strong> 元
      </Typography.Text>
      <ol style={{ margin: 0, paddingLeft: 20 }}>
        {e.explanationLines.map((text, i) => (
          // the engine's fixed wording, in order; the index is its identity
          // biome-ignore lint/suspicious/noArrayIndexKey: static list
          <li key={i}>{text}</li>
        ))}
      </ol>
    </Space>
  );
}

/** A claim's lines, a page at a time (borrowers masked), each with its explanation on demand. */
export function ClaimLines({ claimId, total }: { claimId: string; total: number }) {
  const [page, setPage] = useState(1);
  const [shown, setShown] = useState<SubsidyLine | null>(null);
  const lines = useQuery({
    queryKey: [...subsidyKey, claimId, 'lines', page],
    queryFn: () => fetchLines(claimId, (page - 1) * PAGE, PAGE),
  });
  return (
    <>
      <QueryErrorAlert error={lines.error} onRetry={() => lines.refetch()} />
      <Table<SubsidyLine>
        rowKey="loanId"
        size="small"
        loading={lines.isLoading}
        dataSource={lines.data ?? []}
        pagination={{ current: page, pageSize: PAGE, total, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: '贷款编号', dataIndex: 'loanNumber' },
          { title: '借款人', dataIndex: 'borrower' },
          { title: '证件号码', dataIndex: 'idNumberMasked' },
          { title: '贴息天数', dataIndex: 'days', align: 'right' },
          { title: '积数（元·天）', dataIndex: 'balanceDays', align: 'right' },
          { title: '贴息比例', dataIndex: 'ratio', render: formatRatioPercent },
          { title: '贴息金额（元）', dataIndex: 'amount', align: 'right' },
          {
            title: '不贴息原因',
            dataIndex: 'reason',
            render: (r: string | null) => (r ? <Tag color="default">{r}</Tag> : null),
          },
          {
            title: '依据',
            key: 'explain',
            render: (_: unknown, l: SubsidyLine) => (
              <Button size="small" type="link" onClick={() => setShown(l)}>
                计算说明
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={shown !== null}
        title={shown ? `${shown.loanNumber} 本期贴息计算说明` : ''}
        footer={null}
        width={720}
        onCancel={() => setShown(null)}
      >
        {shown ? <Explanation claimId={claimId} line={shown} /> : null}
      </Modal>
    </>
  );
}
