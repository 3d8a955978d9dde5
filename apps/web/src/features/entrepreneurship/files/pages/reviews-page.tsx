import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, InputNumber, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatYuan } from '../../../../app/format/money';
import { AttachmentList } from '../../../../app/ui/attachment-list';
import { EmptyState } from '../../../../app/ui/empty-state';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { fetchAssignedProjects, type Project, projectsKey, reviewProject } from '../../projects/projects-api';
import { type AssignedPlan, fetchAssignedPlans, filesKey, PLAN_OWNER_KIND, reviewPlan } from '../files-api';

interface Opinion {
  feasible: boolean;
  score?: number;
  opinion: string;
}

/** The opinion form of a plan (with a score) or of a project (feasibility only). */
function OpinionModal({
  title,
  withScore,
  save: send,
  onClose,
}: {
  title: string;
  withScore: boolean;
  save: (v: Opinion) => Promise<unknown>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Opinion>();
  const save = useFormSave(form, { mutationFn: send, successMessage: '评审意见已提交', onSaved: onClose });
  return (
    <FormModal
      title={title}
      form={form}
      saving={save.isPending}
      submitTestId="opinion-save"
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="feasible" label="结论" rules={[{ required: true, message: '请选择结论' }]}>
          <Radio.Group
            options={[
              { value: true, label: '可行' },
              { value: false, label: '不可行' },
            ]}
          />
        </Form.Item>
        {withScore && (
          <Form.Item name="score" label="评分（0–100）" rules={[{ required: true, message: '请评分' }]}>
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
        )}
        <Form.Item
          name="opinion"
          label="评审意见"
          rules={[{ required: true, min: 2, message: '请填写意见' }]}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

const verdict = (f: boolean | null) =>
  f === null ? (
    <Tag color="processing">待评审</Tag>
  ) : f ? (
    <Tag color="success">可行</Tag>
  ) : (
    <Tag color="error">不可行</Tag>
  );

/** 专家评审: the plans and projects assigned to the signed-in expert, and nothing else. */
export function ExpertReviewsPage() {
  const queryClient = useQueryClient();
  const plans = useQuery({ queryKey: [...filesKey, 'reviews'], queryFn: fetchAssignedPlans });
  const projects = useQuery({ queryKey: [...projectsKey, 'reviews'], queryFn: fetchAssignedProjects });
  const [plan, setPlan] = useState<AssignedPlan | null>(null);
  const [project, setProject] = useState<Project | null>(null);
  const close = () => {
    setPlan(null);
    setProject(null);
    void queryClient.invalidateQueries({ queryKey: filesKey });
    void queryClient.invalidateQueries({ queryKey: projectsKey });
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            指派给我的创业计划书
          </Typography.Title>
        }
      >
        <QueryErrorAlert error={plans.error} />
        <Table<AssignedPlan>
          rowKey="reviewId"
          loading={plans.isLoading}
          dataSource={plans.data ?? []}
          locale={{ emptyText: <EmptyState description="暂无指派的计划书" /> }}
          expandable={{
            expandedRowRender: (p) => (
              <>
                <p>{p.summary}</p>
                <AttachmentList
                  ownerKind={PLAN_OWNER_KIND}
                  ownerId={p.planId}
                  editable={false}
                  testId="review-plan-attachments"
                />
              </>
            ),
          }}
          columns={[
            { title: '档案', dataIndex: 'fileNumber', key: 'file' },
            { title: '学员', dataIndex: 'traineeName', key: 'name' },
            { title: '项目', dataIndex: 'title', key: 'title' },
            { title: '行业', dataIndex: 'sector', key: 'sector' },
            {
              title: '投资额',
              dataIndex: 'investment',
              key: 'investment',
              render: (v: string) => formatYuan(v),
            },
            { title: '计划就业', dataIndex: 'plannedJobs', key: 'jobs' },
            { title: '我的结论', dataIndex: 'feasible', key: 'feasible', render: verdict },
            {
              title: '操作',
              key: 'action',
              render: (_: unknown, p) =>
                p.reviewedOn === null && (
                  <Button size="small" onClick={() => setPlan(p)}>
                    评审
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            指派给我论证的创业项目
          </Typography.Title>
        }
      >
        <QueryErrorAlert error={projects.error} />
        <Table<Project>
          rowKey="id"
          loading={projects.isLoading}
          dataSource={projects.data ?? []}
          locale={{ emptyText: <EmptyState description="暂无指派的项目" /> }}
          columns={[
            { title: '编号', dataIndex: 'number', key: 'number' },
            { title: '项目', dataIndex: 'name', key: 'name' },
            { title: '简介', dataIndex: 'summary', key: 'summary' },
            {
              title: '投资额',
              dataIndex: 'investment',
              key: 'investment',
              render: (v: string) => formatYuan(v),
            },
            {
              title: '论证意见',
              dataIndex: 'reviewOpinion',
              key: 'opinion',
              render: (o: string | null) => o ?? '—',
            },
            {
              title: '操作',
              key: 'action',
              render: (_: unknown, p) =>
                p.status === 'collected' && (
                  <Button size="small" onClick={() => setProject(p)}>
                    论证
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      {plan && (
        <OpinionModal
          title={`评审《${plan.title}》`}
          withScore
          save={(v) =>
            reviewPlan(plan.planId, { feasible: v.feasible, score: v.score ?? 0, opinion: v.opinion })
          }
          onClose={close}
        />
      )}
      {project && (
        <OpinionModal
          title={`论证 ${project.name}`}
          withScore={false}
          save={(v) =>
            reviewProject(project.id, { feasible: v.feasible, opinion: v.opinion, version: project.version })
          }
          onClose={close}
        />
      )}
    </Space>
  );
}
