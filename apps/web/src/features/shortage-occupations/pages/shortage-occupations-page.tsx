import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Input, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { usePermissions } from '../../../app/auth/use-me';
import { firstPage, type PageParams, tablePagination } from '../../../app/paging';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { ShortageOccupationModal } from '../components/shortage-occupation-modal';
import {
  fetchShortageOccupations,
  type ShortageOccupation,
  shortageOccupationsKey,
} from '../shortage-occupation-api';

const columns: ColumnsType<ShortageOccupation> = [
  { title: '职业（工种）', dataIndex: 'occupation', key: 'occupation' },
  { title: '目录名称', dataIndex: 'catalogueName', key: 'catalogueName' },
  { title: '公布日期（自此执行）', dataIndex: 'publishedOn', key: 'publishedOn' },
  { title: '文件依据', dataIndex: 'refDoc', key: 'refDoc', render: (r: string | null) => r ?? '—' },
];

function ShortageOccupationsContent() {
  const can = usePermissions();
  const queryClient = useQueryClient();
  const [q, setQ] = useState<string | undefined>(undefined);
  const [paging, setPaging] = useState<PageParams>(firstPage);
  const [adding, setAdding] = useState(false);
  const list = useQuery({
    queryKey: [...shortageOccupationsKey, q, paging],
    queryFn: () => fetchShortageOccupations(q, paging),
    placeholderData: keepPreviousData,
  });

  return (
    <Card
      title="紧缺工种目录"
      extra={
        can('policy:configure') ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="shortage-add"
          >
            登记紧缺工种
          </Button>
        ) : null
      }
    >
      <Input.Search
        allowClear
        placeholder="工种名称前缀"
        onSearch={(v) => {
          setQ(v.trim() || undefined);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
        style={{ width: 280, marginBottom: 16 }}
        data-testid="shortage-search"
      />
      <QueryErrorAlert error={list.error} onRetry={() => list.refetch()} />
      <Table<ShortageOccupation>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        pagination={tablePagination(paging, list.data?.total, setPaging)}
        data-testid="shortage-table"
      />
      {adding ? (
        <ShortageOccupationModal
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            void queryClient.invalidateQueries({ queryKey: shortageOccupationsKey });
          }}
        />
      ) : null}
    </Card>
  );
}

export function ShortageOccupationsPage() {
  return (
    <PermissionGate permission="policy:read">
      <ShortageOccupationsContent />
    </PermissionGate>
  );
}
