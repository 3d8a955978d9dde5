import { useMutation } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { ApiError } from '../../../app/api-error';
import { afterBureauMonth } from '../../../app/bureau-clock';
import { yuanToFen } from '../../../app/format/money';
import { DictSelect } from '../../persons/components/dict-select';
import { createContribution } from '../insurance-api';
import { type ContributionStatus, contributionStatusLabels, insuranceKindDict } from '../insurance-types';
import { EmployerSelect } from './employer-select';
import { testId } from './test-id';

interface FormValues {
  employerId: string | null;
  kind: string;
  month: Dayjs;
  status: ContributionStatus;
  base: string;
  personal: string;
  unit: string;
}

const statusOptions = (Object.keys(contributionStatusLabels) as ContributionStatus[]).map((value) => ({
  value,
  label: contributionStatusLabels[value],
}));
/** The server names amounts in fen; the form asks for yuan. */
const fieldOfServerPath: Record<string, keyof FormValues> = {
  baseFen: 'base',
  personalFen: 'personal',
  unitFen: 'unit',
};
const formFields = new Set<string>(['employerId', 'kind', 'month', 'status', 'base', 'personal', 'unit']);
/** The server's field messages under the form's fields (amounts are named in fen there). */
const fieldsOf = (error: ApiError) =>
  error.fieldErrors
    .map((e) => ({ name: (fieldOfServerPath[e.path] ?? e.path) as keyof FormValues, errors: [e.message] }))
    .filter((f) => formFields.has(f.name));
const yuanRule = (label: string) => ({
  validator: (_: unknown, v: string | undefined) =>
    v === undefined || v === '' || yuanToFen(v) !== null
      ? Promise.resolve()
      : Promise.reject(new Error(`${label}应为不小于 0 的金额，最多两位小数`)),
});

/** Records one month of one insurance kind; a duplicate month answers 409 under the month. */
export function ContributionFormModal({
  personId,
  onClose,
  onSaved,
}: {
  personId: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const save = useMutation({
    mutationFn: (v: FormValues) =>
      createContribution(personId, {
        employerId: v.employerId ?? null,
        kind: v.kind,
        month: v.month.format('YYYY-MM'),
        status: v.status,
        baseFen: yuanToFen(v.base) ?? 0,
        personalFen: yuanToFen(v.personal) ?? 0,
        unitFen: yuanToFen(v.unit) ?? 0,
      }),
    onSuccess: () => {
      message.success('缴费记录已登记');
      onSaved();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        form.setFields([{ name: 'month', errors: [error.message] }]);
        return;
      }
      const fields = error instanceof ApiError ? fieldsOf(error) : [];
      if (fields.length > 0) form.setFields(fields);
      else message.error(error.message);
    },
  });

  return (
    <Modal
      open
      title="登记社保缴费记录"
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={testId('contribution-submit')}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={{ status: 'paid', employerId: null, unit: '0' }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item name="employerId" label="缴费单位" extra="不选择即为灵活就业人员个人缴费">
          <EmployerSelect allowClear data-testid="contribution-employer" />
        </Form.Item>
        <Form.Item name="kind" label="险种" rules={[{ required: true, message: '请选择险种' }]}>
          <DictSelect dict={insuranceKindDict} data-testid="contribution-kind" />
        </Form.Item>
        <Form.Item name="month" label="缴费月份" rules={[{ required: true, message: '请选择缴费月份' }]}>
          <DatePicker
            picker="month"
            style={{ width: '100%' }}
            disabledDate={afterBureauMonth}
            data-testid="contribution-month"
          />
        </Form.Item>
        <Form.Item name="status" label="缴费状态" rules={[{ required: true, message: '请选择缴费状态' }]}>
          <Select options={statusOptions} data-testid="contribution-status" />
        </Form.Item>
        <Form.Item
          name="base"
          label="缴费基数（元）"
          rules={[{ required: true, message: '请填写缴费基数' }, yuanRule('缴费基数')]}
        >
          <Input inputMode="decimal" data-testid="contribution-base" />
        </Form.Item>
        <Form.Item
          name="personal"
          label="个人缴费（元）"
          rules={[{ required: true, message: '请填写个人缴费金额' }, yuanRule('个人缴费')]}
        >
          <Input inputMode="decimal" data-testid="contribution-personal" />
        </Form.Item>
        <Form.Item
          name="unit"
          label="单位缴费（元）"
          rules={[{ required: true, message: '请填写单位缴费金额' }, yuanRule('单位缴费')]}
        >
          <Input inputMode="decimal" data-testid="contribution-unit" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
