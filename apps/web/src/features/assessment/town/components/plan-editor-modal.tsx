import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { applyFieldErrors } from '../../../../app/ui/form-errors';
import { OrgTreeSelect } from '../../../orgs/components/org-tree-select';
import { fetchOrgChildren } from '../../../orgs/org-api';
import {
  createPlan,
  type PlanIndicator,
  type PlanView,
  revisePlan,
  townAssessmentKey,
} from '../town-assessment-api';
import { methodLabels } from '../town-assessment-labels';

interface Values {
  orgId?: number;
  reason?: string;
  indicators: (Omit<PlanIndicator, 'targets'> & { targets: Record<string, number | null> })[];
}

interface Props {
  year: number;
  /** the version being edited; none to draw up a new plan from the standard indicators */
  plan?: PlanView;
  /** the standard indicators a new plan starts from, with its towns unknown until saved */
  initial: PlanIndicator[];
  onClose: () => void;
}

const methodOptions = Object.entries(methodLabels).map(([value, label]) => ({ value, label }));
const cleanTargets = (t: Record<string, number | null>) =>
  Object.fromEntries(Object.entries(t).filter((e): e is [string, number] => typeof e[1] === 'number'));

/** The 评分标准 as a table: points, method and every town's target per indicator; an edit needs its reason. */
export function PlanEditorModal({ year, plan, initial, onClose }: Props) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const orgId = Form.useWatch('orgId', form);
  // A new plan's towns: the streets directly below the chosen organisation (as the server counts them).
  const children = useQuery({
    queryKey: ['orgs', 'children', orgId],
    queryFn: () => fetchOrgChildren(orgId!),
    enabled: !plan && typeof orgId === 'number',
  });
  const towns = plan?.towns ?? (children.data ?? []).filter((o) => o.level === 'street');
  const save = useMutation({
    mutationFn: (v: Values) => {
      const indicators = v.indicators.map((i) => ({ ...i, targets: cleanTargets(i.targets ?? {}) }));
      return plan
        ? revisePlan(plan.id, { indicators, reason: v.reason ?? '', version: plan.version })
        : createPlan({ orgId: v.orgId!, year, indicators });
    },
    onSuccess: () => {
      message.success(plan ? '已保存为新版本' : '考核方案已制定');
      void queryClient.invalidateQueries({ queryKey: townAssessmentKey });
      onClose();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) message.error(error.message);
    },
  });

  const columns: ColumnsType<Values['indicators'][number]> = [
    { title: '指标', dataIndex: 'label', key: 'label', width: 220 },
    { title: '条款', dataIndex: 'clause', key: 'clause', width: 70 },
    {
      title: '计分方法',
      key: 'method',
      width: 230,
      render: (_, _i, n) => (
        <Form.Item name={['indicators', n, 'method']} noStyle>
          <Select options={methodOptions} aria-label="计分方法" style={{ width: 220 }} />
        </Form.Item>
      ),
    },
    {
      title: '分值',
      key: 'maxPoints',
      width: 100,
      render: (_, i, n) => (
        <Form.Item
          name={['indicators', n, 'maxPoints']}
          rules={[{ required: true, pattern: /^\d{1,3}(\.\d{1,2})?$/, message: '请填写分值' }]}
          style={{ margin: 0 }}
        >
          <Input aria-label={`${i.label}分值`} data-testid={`plan-points-${i.code}`} />
        </Form.Item>
      ),
    },
    ...towns.map((t) => ({
      title: `${t.name}目标`,
      key: `target-${t.id}`,
      width: 120,
      render: (_: unknown, i: Values['indicators'][number], n: number) => (
        <Form.Item name={['indicators', n, 'targets', String(t.id)]} noStyle>
          <InputNumber min={0} precision={0} aria-label={`${t.name}${i.label}目标`} style={{ width: 110 }} />
        </Form.Item>
      ),
    })),
  ];

  return (
    <Modal
      open
      width={1100}
      title={plan ? `修改${year}年度考核方案（保存为第${plan.version + 1}版）` : `制定${year}年度考核方案`}
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'plan-save' }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ indicators: plan?.indicators ?? initial }}
        onFinish={(v) => save.mutate({ ...v, indicators: form.getFieldValue('indicators') })}
      >
        {plan ? (
          <Form.Item
            name="reason"
            label="修改理由"
            rules={[{ required: true, min: 10, max: 500, message: '请填写修改理由（10–500字）' }]}
          >
            <Input.TextArea rows={2} maxLength={500} showCount data-testid="plan-reason" />
          </Form.Item>
        ) : (
          <Form.Item
            name="orgId"
            label="考核机构（县级市、区）"
            rules={[{ required: true, message: '请选择考核机构' }]}
            extra="选择后列出其下各街镇，按目标完成率计分的指标须为每个街镇设定目标。"
          >
            <OrgTreeSelect placeholder="选择县级市或区" />
          </Form.Item>
        )}
        <Table
          rowKey="code"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={plan?.indicators ?? initial}
          columns={columns}
        />
      </Form>
    </Modal>
  );
}
