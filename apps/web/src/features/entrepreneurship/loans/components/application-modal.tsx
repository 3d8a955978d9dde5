import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { PersonPicker } from '../../../households/components/person-picker';
import {
  applyLoan,
  type Bank,
  borrowerGroupLabels,
  counterGuaranteeLabels,
  type LoanApplicationBody,
  loansKey,
} from '../loans-api';

type Values = Omit<LoanApplicationBody, 'appliedOn'> & { appliedOn: Dayjs };
const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** 受理贷款申请: the street officer files an application for a registry person. */
export function ApplicationModal({ banks, onClose }: { banks: Bank[]; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const save = useFormSave(form, {
    mutationFn: (v: Values) => applyLoan({ ...v, appliedOn: v.appliedOn.format('YYYY-MM-DD') }),
    successMessage: '申请已受理，待市局审核',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: loansKey });
      onClose();
    },
  });
  return (
    <FormModal
      title="受理贷款申请"
      width={720}
      form={form}
      saving={save.isPending}
      submitTestId="loan-apply-save"
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          appliedOn: dayjs(),
          partners: 1,
          collateral: false,
          creditCommunityExemption: false,
          serviceSector: true,
          counterGuarantee: 'guarantee_fund',
          industry: 'other',
        }}
        onFinish={(v) =>
          save.mutate(v, {
            onSuccess: (r) => navigate(`/entrepreneurship/loans/${(r as { id: string }).id}`),
          })
        }
      >
        <Form.Item name="personId" label="借款人" rules={[{ required: true, message: '请选择借款人' }]}>
          <PersonPicker data-testid="loan-apply-person" />
        </Form.Item>
        <Form.Item name="bankId" label="经办银行" rules={[{ required: true, message: '请选择经办银行' }]}>
          <Select options={banks.map((b) => ({ value: b.id, label: b.name }))} />
        </Form.Item>
        <Form.Item name="appliedOn" label="申请日期" rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="borrowerGroup"
          label="借款人类别"
          extra="不选则按登记信息：持《就业创业证》的为持证人员，否则为其他失业人员"
        >
          <Select allowClear options={options(borrowerGroupLabels)} />
        </Form.Item>
        <Form.Item
          name="requested"
          label="申请额度（元）"
          rules={[
            { required: true, message: '请填写申请额度' },
            { pattern: /^\d{1,9}(\.\d{1,2})?$/, message: '最多两位小数' },
          ]}
        >
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="partners" label="合伙人数（个人经营为1）">
          <InputNumber min={1} max={100} />
        </Form.Item>
        <Form.Item name="counterGuarantee" label="反担保方式">
          <Select options={options(counterGuaranteeLabels)} />
        </Form.Item>
        <Form.Item name="collateral" label="提供有效抵（质）押物" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="creditCommunityExemption" label="拟按信用社区免除反担保" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="serviceSector" label="服务业项目" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
