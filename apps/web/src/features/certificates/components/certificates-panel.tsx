import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { usePermissions } from '../../../app/auth/use-me';
import { EmptyState } from '../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { useDictLabel } from '../../dicts/hooks/use-dict';
import { personTimelineKey } from '../../persons/components/person-timeline-card';
import { certificatesKey, fetchPersonCertificates } from '../certificate-api';
import { type Certificate, certificateLevelDict, obtainedByLabels } from '../certificate-types';
import { CertificateFormModal } from './certificate-form-modal';

/** The "职业资格证书" panel of the person page: the person's certificates, with add and edit. */
export function CertificatesPanel({ personId }: { personId: string }) {
  const can = usePermissions();
  const queryClient = useQueryClient();
  const level = useDictLabel(certificateLevelDict);
  const [editing, setEditing] = useState<Certificate | 'new' | null>(null);
  const key = [...certificatesKey, 'of-person', personId];
  const q = useQuery({ queryKey: key, queryFn: () => fetchPersonCertificates(personId) });

  const columns: ColumnsType<Certificate> = [
    { title: '证书编号', dataIndex: 'number', key: 'number' },
    { title: '职业（工种）', dataIndex: 'occupation', key: 'occupation' },
    { title: '等级', dataIndex: 'level', key: 'level', render: (l: string) => level(l) },
    { title: '发证日期', dataIndex: 'issuedOn', key: 'issuedOn' },
    { title: '发证机构', dataIndex: 'issuer', key: 'issuer' },
    {
      title: '取得方式',
      dataIndex: 'obtainedBy',
      key: 'obtainedBy',
      render: (o: Certificate['obtainedBy']) => obtainedByLabels[o] ?? o,
    },
    ...(can('person:write')
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 80,
            render: (_: unknown, c: Certificate) => (
              <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(c)}>
                修改
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      title="职业资格证书"
      data-testid="person-certificates"
      extra={
        can('person:write') ? (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="certificate-add"
          >
            登记证书
          </Button>
        ) : null
      }
    >
      <QueryErrorAlert error={q.error} onRetry={() => q.refetch()} />
      <Table<Certificate>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={q.data?.items}
        loading={q.isPending}
        pagination={false}
        locale={{ emptyText: <EmptyState description="暂无证书" /> }}
        data-testid="certificates-table"
      />
      {editing ? (
        <CertificateFormModal
          personId={personId}
          certificate={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void queryClient.invalidateQueries({ queryKey: key });
            // The timeline lists certificates too.
            void queryClient.invalidateQueries({ queryKey: personTimelineKey(personId) });
          }}
        />
      ) : null}
    </Card>
  );
}
