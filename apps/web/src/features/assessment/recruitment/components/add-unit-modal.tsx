import { Form, Input, InputNumber, Radio } from 'antd';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { OrgTreeSelect } from '../../../orgs/components/org-tree-select';
import { createUnit, type RecruitmentUnit, unitKindLabels } from '../recruitment-api';

interface Values {
  kind: RecruitmentUnit['kind'];
  name: string;
  orgId: number;
  annualTarget: number;
  specialTarget: number;
  specialTask?: string;
}

/** 下达招工任务: a town or a department of the year, its yearly and special recruitment tasks. */
export function AddUnitModal({ year, onClose }: { year: number; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const save = useFormSave(form, {
    mutationFn: (v: Values) =>
      createUnit(year, {
        kind: v.kind,
        name: v.name,
        orgId: v.orgId,
        annualTarget: v.annualTarget,
        specialTarget: v.specialTarget,
        specialTask: v.specialTask?.trim() || null,
      }),
    successMessage: `已下达${year}年度招工任务`,
    conflictField: 'name',
    onSaved: onClose,
  });
  return (
    <FormModal
      title={`下达${year}年度招工任务`}
      form={form}
      saving={save.isPending}
      submitTestId="unit-save"
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'town', specialTarget: 0 }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="kind" label="类别">
          <Radio.Group options={Object.entries(unitKindLabels).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item
          name="name"
          label="责任单位名称"
          rules={[{ required: true, whitespace: true, max: 60, message: '请填写责任单位名称（60字以内）' }]}
        >
          <Input data-testid="unit-name" />
        </Form.Item>
        <Form.Item
          name="orgId"
          label="所属机构（填报和查看台账的机构）"
          rules={[{ required: true, message: '请选择所属机构' }]}
        >
          <OrgTreeSelect data-testid="unit-org" />
        </Form.Item>
        <Form.Item
          name="annualTarget"
          label="年度招工任务（人）"
          rules={[{ required: true, message: '请填写年度任务' }]}
        >
          <InputNumber
            min={0}
            max={1_000_000}
            precision={0}
            style={{ width: '100%' }}
            data-testid="unit-annual"
          />
        </Form.Item>
        <Form.Item name="specialTarget" label="专项招工任务（人）">
          <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="specialTask" label="专项任务说明" rules={[{ max: 200, message: '200字以内' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
