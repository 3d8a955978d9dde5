import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorMessage } from '../../../../app/api-error';
import { usePermissions } from '../../../../app/auth/use-me';
import { EmptyState } from '../../../../app/ui/empty-state';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { ExpertAccountModal } from '../components/expert-account-modal';
import {
  createExpert,
  createTeacher,
  type Expert,
  expertsKey,
  fetchExperts,
  fetchTeachers,
  setExpertStatus,
  setTeacherStatus,
  type Teacher,
  type TeacherBody,
  teacherStatusLabels,
  teachersKey,
} from '../experts-api';

function ExpertModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<{
    name: string;
    field: string;
    organisation: string;
    qualifications?: string;
  }>();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: (v: { name: string; field: string; organisation: string; qualifications?: string }) =>
      createExpert({ ...v, qualifications: v.qualifications || null, userId: null }),
    successMessage: '已登记专家',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: expertsKey });
      onClose();
    },
  });
  return (
    <FormModal
      title="登记创业专家"
      form={form}
      saving={save.isPending}
      submitTestId="expert-save"
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="field" label="专业领域" rules={[{ required: true, message: '请填写专业领域' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="organisation" label="所在单位" rules={[{ required: true, message: '请填写单位' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="qualifications" label="资质">
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

type TeacherValues = Omit<TeacherBody, 'certifiedOn' | 'validTo' | 'institutionId'> & {
  certifiedOn: Dayjs;
  validTo?: Dayjs;
};

function TeacherModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<TeacherValues>();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: (v: TeacherValues) =>
      createTeacher({
        ...v,
        certifiedOn: v.certifiedOn.format('YYYY-MM-DD'),
        validTo: v.validTo ? v.validTo.format('YYYY-MM-DD') : null,
        institutionId: null,
      }),
    successMessage: '已登记教师',
    conflictField: 'certificateNumber',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: teachersKey });
      onClose();
    },
  });
  return (
    <FormModal
      title="登记创业培训教师"
      form={form}
      saving={save.isPending}
      submitTestId="teacher-save"
      onClose={onClose}
    >
      <Form form={form} layout="vertical" initialValues={{ course: 'SYB' }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="certificateNumber"
          label="教师证书编号"
          rules={[{ required: true, min: 3, message: '请填写证书编号' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="course" label="课程" rules={[{ required: true }]}>
          <Select options={['SYB', 'IYB', 'GYB', 'EYB'].map((c) => ({ value: c, label: c }))} />
        </Form.Item>
        <Form.Item name="certifiedOn" label="发证日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="validTo" label="有效期至">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

interface StatusChange {
  kind: 'expert' | 'teacher';
  id: string;
  status: 'active' | 'suspended';
  reason: string | null;
  version: number;
}

/** 创业专家库 and SYB teachers: the pool with ratings, teachers with their certificate's status. */
export function ExpertsPage() {
  const can = usePermissions();
  const manage = can('entrepreneurship:manage');
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const experts = useQuery({ queryKey: expertsKey, queryFn: fetchExperts });
  const teachers = useQuery({ queryKey: teachersKey, queryFn: fetchTeachers });
  const [dialog, setDialog] = useState<'expert' | 'teacher' | null>(null);
  const [linking, setLinking] = useState<Expert | null>(null);
  const status = useMutation({
    mutationFn: async (a: StatusChange): Promise<void> => {
      if (a.kind === 'expert') await setExpertStatus(a.id, a);
      else await setTeacherStatus(a.id, a);
    },
    onSuccess: () => {
      message.success('状态已更新');
      void queryClient.invalidateQueries({ queryKey: ['entrepreneurship'] });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const toggle = (kind: 'expert' | 'teacher', r: { id: string; status: string; version: number }) => {
    if (r.status !== 'active')
      return status.mutate({ kind, id: r.id, status: 'active', reason: null, version: r.version });
    let reason = '';
    modal.confirm({
      title: '暂停须说明原因',
      content: (
        <Input
          aria-label="暂停原因"
          onChange={(e) => {
            reason = e.target.value;
          }}
        />
      ),
      onOk: () =>
        status.mutateAsync({
          kind,
          id: r.id,
          status: 'suspended',
          reason: reason.trim() || null,
          version: r.version,
        }),
    });
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            创业专家库
          </Typography.Title>
        }
        extra={
          manage && (
            <Button type="primary" onClick={() => setDialog('expert')}>
              登记专家
            </Button>
          )
        }
      >
        <QueryErrorAlert error={experts.error} />
        <Table<Expert>
          rowKey="id"
          loading={experts.isLoading}
          dataSource={experts.data ?? []}
          locale={{ emptyText: <EmptyState description="暂无专家" /> }}
          data-testid="experts-table"
          columns={[
            { title: '姓名', dataIndex: 'name', key: 'name' },
            { title: '专业领域', dataIndex: 'field', key: 'field' },
            { title: '所在单位', dataIndex: 'organisation', key: 'organisation' },
            {
              title: '资质',
              dataIndex: 'qualifications',
              key: 'qualifications',
              render: (q: string | null) => q ?? '—',
            },
            {
              title: '平均评分',
              key: 'rating',
              render: (_: unknown, e) => (e.averageRating ? `${e.averageRating}（${e.ratings} 人）` : '—'),
            },
            { title: '评审次数', dataIndex: 'reviews', key: 'reviews' },
            {
              title: '登录账号',
              dataIndex: 'username',
              key: 'username',
              render: (u: string | null) => u ?? '未关联',
            },
            {
              title: '状态',
              key: 'status',
              render: (_: unknown, e) =>
                e.status === 'active' ? (
                  <Tag color="success">在册</Tag>
                ) : (
                  <Tag color="warning">暂停：{e.statusReason}</Tag>
                ),
            },
            ...(manage
              ? [
                  {
                    title: '操作',
                    key: 'op',
                    render: (_: unknown, e: Expert) => (
                      <Space size="small">
                        <Button size="small" onClick={() => setLinking(e)}>
                          关联账号
                        </Button>
                        <Button size="small" onClick={() => toggle('expert', e)}>
                          {e.status === 'active' ? '暂停' : '恢复'}
                        </Button>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            SYB/IYB/GYB 创业培训教师
          </Typography.Title>
        }
        extra={manage && <Button onClick={() => setDialog('teacher')}>登记教师</Button>}
      >
        <QueryErrorAlert error={teachers.error} />
        <Table<Teacher>
          rowKey="id"
          loading={teachers.isLoading}
          dataSource={teachers.data ?? []}
          locale={{ emptyText: <EmptyState description="暂无教师" /> }}
          data-testid="teachers-table"
          columns={[
            { title: '姓名', dataIndex: 'name', key: 'name' },
            { title: '证书编号', dataIndex: 'certificateNumber', key: 'cert' },
            { title: '课程', dataIndex: 'course', key: 'course' },
            { title: '发证日期', dataIndex: 'certifiedOn', key: 'certifiedOn' },
            {
              title: '有效期至',
              dataIndex: 'validTo',
              key: 'validTo',
              render: (v: string | null) => v ?? '长期',
            },
            {
              title: '培训机构',
              dataIndex: 'institutionName',
              key: 'inst',
              render: (v: string | null) => v ?? '—',
            },
            {
              title: '状态',
              key: 'status',
              render: (_: unknown, t) =>
                t.flag ? (
                  <Tag color="error">{t.flag}</Tag>
                ) : (
                  <Tag color="success">{teacherStatusLabels[t.status]}</Tag>
                ),
            },
            ...(manage
              ? [
                  {
                    title: '操作',
                    key: 'op',
                    render: (_: unknown, t: Teacher) =>
                      t.status !== 'revoked' && (
                        <Button size="small" onClick={() => toggle('teacher', t)}>
                          {t.status === 'active' ? '暂停' : '恢复'}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {dialog === 'expert' && <ExpertModal onClose={() => setDialog(null)} />}
      {dialog === 'teacher' && <TeacherModal onClose={() => setDialog(null)} />}
      {linking && <ExpertAccountModal expert={linking} onClose={() => setLinking(null)} />}
    </Space>
  );
}
