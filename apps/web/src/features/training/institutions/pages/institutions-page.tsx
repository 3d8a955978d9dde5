import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { EmptyState } from '../../../../app/ui/empty-state';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { usePagedList } from '../../../../app/ui/use-paged-list';
import { ApplicationForm, emptyApplication } from '../components/application-form';
import { InstitutionStatusTag } from '../components/institution-status-tag';
import { SettingsModal } from '../components/settings-modal';
import {
  type ApplicationBody,
  fetchInstitutions,
  type InstitutionItem,
  type InstitutionStatus,
  institutionStatusLabels,
  institutionsKey,
  occupationsText,
  registerPaper,
} from '../institutions-api';

/** 登记纸质申请: the bureau types in an application received on paper. */
function PaperApplicationModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<ApplicationBody>();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: registerPaper,
    successMessage: '申请已登记',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: institutionsKey });
      onClose();
    },
  });
  return (
    <FormModal
      title="登记纸质申请"
      width={960}
      form={form}
      saving={save.isPending}
      submitTestId="institution-paper-save"
      onClose={onClose}
    >
      <ApplicationForm
        form={form}
        withTeachersAndSites
        initialValues={emptyApplication}
        onFinish={save.mutate}
      />
    </FormModal>
  );
}

function InstitutionsContent() {
  const can = usePermissions();
  const [adding, setAdding] = useState(false);
  const [configuring, setConfiguring] = useState(false);
  const { filters, applyFilters, paging, setPaging, query } = usePagedList({
    queryKey: [...institutionsKey, 'list'],
    initialFilters: {} as { status?: InstitutionStatus; q?: string },
    fetch: fetchInstitutions,
  });
  return (
    <Card
      title="定点培训机构"
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            placeholder="机构名称"
            style={{ width: 200 }}
            onSearch={(q) => applyFilters({ ...filters, q: q || undefined })}
          />
          <Select
            allowClear
            placeholder="全部状态"
            aria-label="状态"
            style={{ width: 160 }}
            value={filters.status}
            onChange={(status?: InstitutionStatus) => applyFilters({ ...filters, status })}
            options={Object.entries(institutionStatusLabels).map(([value, label]) => ({ value, label }))}
            data-testid="institutions-status-filter"
          />
          {can('training:manage') && (
            <Button onClick={() => setAdding(true)} data-testid="institution-paper-add">
              登记纸质申请
            </Button>
          )}
          {can('training:manage') && (
            <Button onClick={() => setConfiguring(true)} data-testid="institution-settings">
              设置
            </Button>
          )}
          <Button href="/public/training" target="_blank">
            公开名单
          </Button>
        </Space>
      }
    >
      <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<InstitutionItem>
        rowKey="id"
        size="small"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        data-testid="institutions-table"
        locale={{ emptyText: <EmptyState description="暂无培训机构" /> }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: query.data?.total ?? 0,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        columns={[
          { title: '编号', dataIndex: 'number', key: 'number', width: 150 },
          {
            title: '机构名称',
            dataIndex: 'name',
            key: 'name',
            render: (name: string, i) => <Link to={`/training/institutions/${i.id}`}>{name}</Link>,
          },
          {
            title: '培训职业及等级',
            key: 'occupations',
            render: (_: unknown, i) => occupationsText(i.occupations),
          },
          {
            title: '状态',
            key: 'status',
            render: (_: unknown, i) => <InstitutionStatusTag institution={i} />,
          },
          {
            title: '有效期',
            key: 'validity',
            render: (_: unknown, i) => (i.validFrom ? `${i.validFrom} 至 ${i.validTo}` : '—'),
          },
          { title: '申请日期', dataIndex: 'appliedOn', key: 'appliedOn', width: 110 },
        ]}
      />
      {adding && <PaperApplicationModal onClose={() => setAdding(false)} />}
      {configuring && <SettingsModal onClose={() => setConfiguring(false)} />}
    </Card>
  );
}

/** The bureau's list of training institutions, by status. */
export function InstitutionsPage() {
  return (
    <PermissionGate permission="training:read">
      <InstitutionsContent />
    </PermissionGate>
  );
}
