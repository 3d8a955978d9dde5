import { useQueryClient } from '@tanstack/react-query';
import { Alert, Checkbox, Divider, Form, InputNumber, Space, Switch } from 'antd';
import { FormModal, useFormSave } from '../../../app/ui/form-modal';
import { casesKey } from '../../cases/case-api';
import { applicantKindNames } from '../../cases/case-labels';
import type { CaseTypeMaterial } from '../../cases/case-types';
import type { ApplicantKind } from '../../policies/policy-types';
import {
  type CaseTypeSettings,
  type CaseTypeTimeLimit,
  caseTypeSettingsKey,
  saveCaseTypeSettings,
} from '../case-type-settings-api';
import { MaterialFields } from './material-fields';
import { TimeLimitFields } from './time-limit-fields';

interface Values {
  enabled: boolean;
  /** accepts applications as the deployment's jurisdictions decide (enabled is then not sent) */
  followsDeployment: boolean;
  applicantKinds: ApplicantKind[];
  requiresPublicNotice: boolean;
  publicNoticeDays: number;
  distinctApprover: boolean;
  raiseCeilingPercent: number;
  timeLimits: CaseTypeTimeLimit[];
  materials: CaseTypeMaterial[];
}

const toBody = (type: CaseTypeSettings, v: Values) => ({
  version: type.version,
  enabled: v.followsDeployment ? null : v.enabled,
  applicantKinds: v.applicantKinds,
  requiresPublicNotice: v.requiresPublicNotice,
  publicNoticeDays: v.publicNoticeDays,
  distinctApprover: v.distinctApprover,
  raiseCeilingPercent: v.raiseCeilingPercent,
  timeLimits: v.timeLimits.map(({ source: _source, ...limit }) => limit),
  materials: v.materials.map((m) => ({
    ...(m.code ? { code: m.code } : {}),
    label: m.label.trim(),
    applicantKind: m.applicantKind,
    group: m.group ?? '',
    ...(m.clause ? { clause: m.clause } : {}),
    required: m.required,
  })),
});

/** 事项设置: whether it is accepted, from whom, with which materials, notice and time limits. */
export function CaseTypeSettingsModal({ type, onClose }: { type: CaseTypeSettings; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const kinds = Form.useWatch('applicantKinds', form) ?? type.applicantKinds;
  const notice = Form.useWatch('requiresPublicNotice', form) ?? type.requiresPublicNotice;
  const save = useFormSave(form, {
    mutationFn: (v: Values) => saveCaseTypeSettings(type.id, toBody(type, v)),
    successMessage: '事项设置已保存，新受理的案件按新设置办理',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: caseTypeSettingsKey });
      void queryClient.invalidateQueries({ queryKey: casesKey });
      onClose();
    },
  });
  return (
    <FormModal
      title={`事项设置：${type.name}`}
      form={form}
      saving={save.isPending}
      submitTestId="case-type-save"
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        // The whole store, not only the registered fields: the limits' and materials' ids, codes, groups
        // and clauses are kept as they were (only amounts, names and flags are edited here).
        onFinish={() => save.mutate(form.getFieldsValue(true))}
        initialValues={{
          enabled: type.enabled,
          followsDeployment: type.enabledSetting === null,
          applicantKinds: type.applicantKinds,
          requiresPublicNotice: type.requiresPublicNotice,
          publicNoticeDays: type.publicNoticeDays,
          distinctApprover: type.approvalChain.distinctApprover,
          raiseCeilingPercent: type.approvalChain.raiseCeilingPercent,
          timeLimits: type.timeLimits,
          materials: type.materials,
        }}
      >
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="修改只对新建的案件生效；已受理的案件保留其受理时的材料清单和时限。"
        />
        <Form.Item label="受理状态">
          <Space wrap>
            <Form.Item name="enabled" valuePropName="checked" noStyle>
              {/* choosing a state by hand stops following the jurisdictions */}
              <Switch
                checkedChildren="受理中"
                unCheckedChildren="已停办"
                onChange={() => form.setFieldValue('followsDeployment', false)}
              />
            </Form.Item>
            <Form.Item name="followsDeployment" valuePropName="checked" noStyle>
              <Checkbox data-testid="case-type-follows-deployment">
                按本部署的管辖地区（
                {type.localJurisdiction
                  ? `本地政策：${type.localJurisdiction}`
                  : `${type.jurisdiction.name}的政策，默认停办`}
                ）
              </Checkbox>
            </Form.Item>
          </Space>
        </Form.Item>
        <Form.Item
          name="applicantKinds"
          label="申请人类型"
          extra="只能从政策规定的申请人类型中选择"
          rules={[{ required: true, type: 'array', min: 1, message: '至少选择一种申请人类型' }]}
        >
          <Checkbox.Group
            options={type.policyApplicantKinds.map((k) => ({ value: k, label: applicantKindNames[k] ?? k }))}
          />
        </Form.Item>
        <Form.Item name="requiresPublicNotice" label="批准后须公示" valuePropName="checked">
          <Switch />
        </Form.Item>
        {notice ? (
          <Form.Item
            name="publicNoticeDays"
            label="公示期（工作日）"
            rules={[{ required: true, message: '请填写公示期' }]}
          >
            <InputNumber min={1} max={30} precision={0} />
          </Form.Item>
        ) : null}
        <Form.Item name="distinctApprover" label="审核与审批须由不同人员办理" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item
          name="raiseCeilingPercent"
          label="核定金额上调上限（规则测算金额的百分比）"
          extra="审核人上调核定金额须由另一人批准，且不得超过此上限；填 0 则不允许上调。"
          rules={[{ required: true, message: '请填写上调上限' }]}
        >
          <InputNumber min={0} max={100} precision={0} suffix="%" />
        </Form.Item>
        <Divider titlePlacement="start">办理时限</Divider>
        <TimeLimitFields limits={type.timeLimits} />
        <Divider titlePlacement="start">材料清单</Divider>
        <MaterialFields kinds={kinds} />
      </Form>
    </FormModal>
  );
}
