import { useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { EmptyState } from '../../../../app/ui/empty-state';
import { PageTitle } from '../../../../app/ui/page-title';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { HospitalStatusTag } from '../components/hospital-status-tag';
import { RegisterHospitalModal } from '../components/register-hospital-modal';
import {
  fetchHospitals,
  gradeLabels,
  type HospitalItem,
  type HospitalStatus,
  hospitalsKey,
} from '../hospitals-api';

const statusOptions: { value: HospitalStatus; label: string }[] = [
  { value: 'applied', label: '待认定' },
  { value: 'designated', label: '已确定为体检定点' },
  { value: 'refused', label: '不予确定' },
  { value: 'revoked', label: '已取消定点' },
];

function Hospitals() {
  const can = usePermissions();
  const [status, setStatus] = useState<HospitalStatus>();
  const [registering, setRegistering] = useState(false);
  const list = useQuery({ queryKey: [...hospitalsKey, status], queryFn: () => fetchHospitals(status) });
  return (
    <Card
      title={<PageTitle>体检医院</PageTitle>}
      extra={
        can('health_check:manage') ? (
          <Button type="primary" onClick={() => setRegistering(true)} data-testid="hospital-register">
            登记体检医院
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">
        承担市直职工医疗保险健康体检的医院须经医保处确定为体检定点：市直医疗保险定点、二级以上综合医院（第一条），
        体检科室、场地、设施、设备、组织和人员配备符合第二至八、十一、十九条。
      </Typography.Paragraph>
      <Space style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder="全部状态"
          style={{ width: 200 }}
          value={status}
          onChange={setStatus}
          options={statusOptions}
          aria-label="状态"
        />
      </Space>
      <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      <Table<HospitalItem>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.isLoading}
        dataSource={list.data ?? []}
        locale={{ emptyText: <EmptyState description="暂无体检医院" /> }}
        data-testid="hospitals-table"
        columns={[
          {
            title: '医院名称',
            dataIndex: 'name',
            key: 'name',
            render: (name: string, h) => <Link to={`/health-checks/hospitals/${h.id}`}>{name}</Link>,
          },
          { title: '机构代码', dataIndex: 'code', key: 'code' },
          {
            title: '等级',
            key: 'grade',
            render: (_: unknown, h) =>
              `${gradeLabels[h.grade] ?? h.grade}${h.general ? '综合' : '（非综合）'}`,
          },
          {
            title: '定点条件',
            key: 'conditions',
            render: (_: unknown, h) =>
              h.conditionsMet ? <Tag color="success">符合</Tag> : <Tag color="warning">不符合</Tag>,
          },
          {
            title: '状态',
            key: 'status',
            render: (_: unknown, h) => <HospitalStatusTag status={h.status} label={h.statusLabel} />,
          },
          {
            title: '认定日期',
            dataIndex: 'decidedOn',
            key: 'decidedOn',
            render: (d: string | null) => d ?? '—',
          },
        ]}
      />
      {registering && <RegisterHospitalModal onClose={() => setRegistering(false)} />}
    </Card>
  );
}

/** 体检医院: the 医保处's register of health-check hospitals with their status. */
export function HospitalsPage() {
  return (
    <PermissionGate permission="health_check:read">
      <Hospitals />
    </PermissionGate>
  );
}
