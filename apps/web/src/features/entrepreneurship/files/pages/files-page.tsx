import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { EmptyState } from '../../../../app/ui/empty-state';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { PersonPicker } from '../../../households/components/person-picker';
import {
  type FileItem,
  fetchFiles,
  filesKey,
  type PlanItem,
  planStatusColors,
  planStatusLabels,
  registerFile,
} from '../files-api';

const columns: ColumnsType<FileItem> = [
  {
    title: '档案编号',
    dataIndex: 'number',
    key: 'number',
    render: (n: string, f) => <Link to={`/entrepreneurship/files/${f.id}`}>{n}</Link>,
  },
  { title: '姓名', dataIndex: 'name', key: 'name' },
  { title: '公民身份号码', dataIndex: 'idNumberMasked', key: 'id' },
  { title: '课程', dataIndex: 'course', key: 'course' },
  { title: '登记日期', dataIndex: 'registeredOn', key: 'registeredOn' },
  { title: '所属机构', dataIndex: 'orgName', key: 'org' },
  { title: '创业导师', dataIndex: 'mentorName', key: 'mentor', render: (m: string | null) => m ?? '—' },
  {
    title: '创业计划书',
    dataIndex: 'planStatus',
    key: 'plan',
    render: (s: PlanItem['status'] | null) =>
      s ? <Tag color={planStatusColors[s]}>{planStatusLabels[s]}</Tag> : '未提交',
  },
];

interface RegisterValues {
  personId: string;
  registeredOn: Dayjs;
  course: 'SYB' | 'IYB' | 'GYB' | 'EYB';
}

function RegisterModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<RegisterValues>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: async (v: RegisterValues) => {
      const file = await registerFile({
        personId: v.personId,
        registeredOn: v.registeredOn.format('YYYY-MM-DD'),
        course: v.course,
      });
      await queryClient.invalidateQueries({ queryKey: filesKey });
      navigate(`/entrepreneurship/files/${file.id}`);
    },
    successMessage: '已建立学员档案',
    conflictField: 'personId',
    onSaved: onClose,
  });
  return (
    <FormModal
      title="建立创业学员档案"
      form={form}
      saving={save.isPending}
      submitTestId="file-register-save"
      onClose={onClose}
    >
      <Form form={form} layout="vertical" initialValues={{ course: 'SYB' }} onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="personId"
          label="人员（实名登记）"
          rules={[{ required: true, message: '请选择人员' }]}
        >
          <PersonPicker data-testid="file-person" />
        </Form.Item>
        <Form.Item
          name="registeredOn"
          label="报名登记日期"
          rules={[{ required: true, message: '请选择日期' }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="course" label="课程" rules={[{ required: true }]}>
          <Select options={['SYB', 'IYB', 'GYB', 'EYB'].map((c) => ({ value: c, label: c }))} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 创业学员档案: the station's trainee files with their plan's state. */
/** The list, or 无权访问 for an account (an expert's, a bank's) that opened it by its address. */
export function EntrepreneurshipFilesPage() {
  return (
    <PermissionGate permission="entrepreneurship:read">
      <FilesList />
    </PermissionGate>
  );
}

function FilesList() {
  const can = usePermissions();
  const [q, setQ] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [registering, setRegistering] = useState(false);
  const list = useQuery({ queryKey: [...filesKey, 'list', q, page], queryFn: () => fetchFiles(q, page) });
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          创业学员档案
        </Typography.Title>
      }
      extra={
        can('entrepreneurship:write') && (
          <Button type="primary" onClick={() => setRegistering(true)} data-testid="file-register">
            建立档案
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          aria-label="按姓名或档案编号查找"
          placeholder="姓名或档案编号"
          onSearch={(v) => {
            setQ(v.trim() || undefined);
            setPage(1);
          }}
        />
      </Space>
      <QueryErrorAlert error={list.error} />
      <Table<FileItem>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        columns={columns}
        pagination={{
          current: page,
          pageSize: 20,
          total: (page - 1) * 20 + (list.data?.length ?? 0) + (list.data?.length === 20 ? 1 : 0),
          onChange: setPage,
        }}
        locale={{ emptyText: <EmptyState description="暂无学员档案" /> }}
        data-testid="files-table"
      />
      {registering && <RegisterModal onClose={() => setRegistering(false)} />}
    </Card>
  );
}
