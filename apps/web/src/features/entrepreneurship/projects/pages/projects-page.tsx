import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../../../app/api-error';
import { usePermissions } from '../../../../app/auth/use-me';
import { formatYuan } from '../../../../app/format/money';
import { EmptyState } from '../../../../app/ui/empty-state';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { expertsKey, fetchExperts } from '../../experts/experts-api';
import { InvestmentJobsFields } from '../../files/components/investment-fields';
import {
  assignProjectExpert,
  createProject,
  fetchProjects,
  type Project,
  type ProjectBody,
  projectSourceLabels,
  projectStatusColors,
  projectStatusLabels,
  projectsKey,
  publishProject,
  withdrawProject,
} from '../projects-api';

function CollectModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<ProjectBody>();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: createProject,
    successMessage: '已收集项目，请指派论证专家',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: projectsKey });
      onClose();
    },
  });
  return (
    <FormModal
      title="收集创业项目"
      form={form}
      saving={save.isPending}
      submitTestId="project-save"
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ source: 'government' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="name" label="项目名称" rules={[{ required: true, message: '请填写项目名称' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="sector" label="行业" rules={[{ required: true, message: '请填写行业' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="source" label="来源" rules={[{ required: true }]}>
          <Select options={Object.entries(projectSourceLabels).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="summary" label="项目简介" rules={[{ required: true, message: '请填写简介' }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <InvestmentJobsFields jobsName="expectedJobs" jobsLabel="预计带动就业（人）" />
      </Form>
    </FormModal>
  );
}

/** 创业项目库: collected → reviewed by an expert → published (feasible only) → withdrawn. */
/** The list, or 无权访问 for an account (an expert's, a bank's) that opened it by its address. */
export function ProjectsPage() {
  return (
    <PermissionGate permission="entrepreneurship:read">
      <ProjectsList />
    </PermissionGate>
  );
}

function ProjectsList() {
  const can = usePermissions();
  const write = can('entrepreneurship:write');
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const projects = useQuery({ queryKey: [...projectsKey, 'list'], queryFn: fetchProjects });
  const experts = useQuery({ queryKey: expertsKey, queryFn: fetchExperts, enabled: write });
  const [collecting, setCollecting] = useState(false);
  const act = useMutation({
    mutationFn: (work: () => Promise<unknown>) => work(),
    onSuccess: () => {
      message.success('已保存');
      void queryClient.invalidateQueries({ queryKey: projectsKey });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const withdraw = (p: Project) => {
    let reason = '';
    modal.confirm({
      title: `下架 ${p.name}`,
      content: (
        <Input
          aria-label="下架原因"
          placeholder="下架原因"
          onChange={(e) => {
            reason = e.target.value;
          }}
        />
      ),
      onOk: () => act.mutateAsync(() => withdrawProject(p.id, { reason: reason.trim(), version: p.version })),
    });
  };
  const actions = (p: Project) => {
    if (!write) return null;
    if (p.status === 'collected')
      return (
        <Select
          size="small"
          style={{ width: 160 }}
          aria-label={`${p.name}的论证专家`}
          placeholder="指派论证专家"
          value={p.reviewExpertId ?? undefined}
          options={(experts.data ?? [])
            .filter((e) => e.status === 'active')
            .map((e) => ({ value: e.id, label: e.name }))}
          onChange={(expertId: string) =>
            act.mutate(() => assignProjectExpert(p.id, { expertId, version: p.version }))
          }
        />
      );
    if (p.status === 'feasible' || p.status === 'withdrawn')
      return (
        <Button size="small" onClick={() => act.mutate(() => publishProject(p.id, p.version))}>
          发布
        </Button>
      );
    if (p.status === 'published')
      return (
        <Button size="small" onClick={() => withdraw(p)}>
          下架
        </Button>
      );
    return null;
  };
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          创业项目库
        </Typography.Title>
      }
      extra={
        <Space>
          <Link to="/public/entrepreneurship-projects">公开页面</Link>
          {write && (
            <Button type="primary" onClick={() => setCollecting(true)}>
              收集项目
            </Button>
          )}
        </Space>
      }
    >
      <QueryErrorAlert error={projects.error} />
      <Table<Project>
        rowKey="id"
        loading={projects.isLoading}
        dataSource={projects.data ?? []}
        locale={{ emptyText: <EmptyState description="暂无项目" /> }}
        data-testid="projects-table"
        columns={[
          {
            title: '编号',
            dataIndex: 'number',
            key: 'number',
            render: (n: string, p) => <Link to={`/entrepreneurship/projects/${p.id}`}>{n}</Link>,
          },
          { title: '项目', dataIndex: 'name', key: 'name' },
          { title: '行业', dataIndex: 'sector', key: 'sector' },
          {
            title: '来源',
            dataIndex: 'source',
            key: 'source',
            render: (s: Project['source']) => projectSourceLabels[s],
          },
          {
            title: '投资额',
            dataIndex: 'investment',
            key: 'investment',
            render: (v: string) => formatYuan(v),
          },
          { title: '预计就业', dataIndex: 'expectedJobs', key: 'jobs' },
          {
            title: '论证专家',
            dataIndex: 'reviewExpertName',
            key: 'expert',
            render: (n: string | null) => n ?? '—',
          },
          {
            title: '论证意见',
            dataIndex: 'reviewOpinion',
            key: 'opinion',
            render: (o: string | null) => o ?? '—',
          },
          {
            title: '状态',
            dataIndex: 'status',
            key: 'status',
            render: (s: Project['status']) => (
              <Tag color={projectStatusColors[s]}>{projectStatusLabels[s]}</Tag>
            ),
          },
          { title: '操作', key: 'op', render: (_: unknown, p) => actions(p) },
        ]}
      />
      {collecting && <CollectModal onClose={() => setCollecting(false)} />}
    </Card>
  );
}
