import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { usePermissions } from '../../../../app/auth/use-me';
import { EmptyState } from '../../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { type DocumentList, publishDocument, townAssessmentKey, useDocuments } from '../town-assessment-api';
import { documentTitle } from '../town-assessment-labels';

type Item = DocumentList['items'][number];

/** The year's half-year notices and year-end rankings: print any, publish a draft (the bureau). */
export function DocumentsCard({ year }: { year: number }) {
  const can = usePermissions();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const documents = useDocuments(year);
  const publish = useMutation({
    mutationFn: publishDocument,
    onSuccess: () => {
      message.success('已发布，各街镇可查看');
      void queryClient.invalidateQueries({ queryKey: townAssessmentKey });
    },
    onError: (error) => message.error(error.message),
  });
  const columns: ColumnsType<Item> = [
    { title: '文号', dataIndex: 'number', key: 'number' },
    { title: '标题', key: 'title', render: (_, d) => `${d.orgName}${documentTitle(d.period, d.year)}` },
    { title: '日期', dataIndex: 'datedOn', key: 'datedOn' },
    { title: '方案版本', dataIndex: 'planVersion', key: 'planVersion', render: (v: number) => `第${v}版` },
    {
      title: '状态',
      key: 'published',
      render: (_, d) => (d.publishedAt ? <Tag color="success">已发布</Tag> : <Tag>未发布</Tag>),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, d) => (
        <Space>
          <a
            href={`/print/town-assessment/documents/${d.id}`}
            target="_blank"
            rel="noreferrer"
            data-testid="document-print"
          >
            打印
          </a>
          {can('assessment:review') && !d.publishedAt ? (
            <Popconfirm title="发布后不能重新生成，确认发布？" onConfirm={() => publish.mutate(d.id)}>
              <Button size="small" type="link" data-testid="document-publish">
                发布
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];
  return (
    <Card title="考核通报">
      <QueryErrorAlert error={documents.error} onRetry={() => void documents.refetch()} />
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={documents.isPending}
        dataSource={documents.data?.items ?? []}
        columns={columns}
        locale={{ emptyText: <EmptyState description="暂无通报" /> }}
      />
    </Card>
  );
}
