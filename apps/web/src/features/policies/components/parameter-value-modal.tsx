import { useMutation } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { bureauTodayDay } from '../../../app/bureau-clock';
import { applyFieldErrors } from '../../../app/ui/form-errors';
import { dimensionLabel, parameterKeyLabel } from '../parameter-labels';
import { setParameterValue } from '../policy-api';
import { label, unitLabels } from '../policy-labels';
import type { ParameterValues } from '../policy-types';

interface ParameterFormValues {
  name: string;
  key?: string;
  effectiveFrom: Dayjs;
  value: string;
  refDoc: string;
  refClause?: string;
}

interface ParameterValueModalProps {
  policyId: string;
  parameters: ParameterValues[];
  initialName?: string;
  initialKey?: string | null;
  onClose: () => void;
  onSaved: () => void;
}

const keysOf = (parameter: ParameterValues | undefined): string[] =>
  parameter?.by ? [...new Set(parameter.steps.map((s) => s.key).filter((k): k is string => k !== null))] : [];

export function ParameterValueModal({
  policyId,
  parameters,
  initialName,
  initialKey,
  onClose,
  onSaved,
}: ParameterValueModalProps) {
  const [form] = Form.useForm<ParameterFormValues>();
  const name = Form.useWatch('name', form) ?? initialName;
  const parameter = parameters.find((p) => p.name === name);
  const keys = keysOf(parameter);

  const save = useMutation({
    mutationFn: (values: ParameterFormValues) =>
      setParameterValue(policyId, values.name, {
        ...(parameter?.by && values.key ? { key: values.key } : {}),
        effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
        value: values.value.trim(),
        refDoc: values.refDoc.trim(),
        ...(values.refClause?.trim() ? { refClause: values.refClause.trim() } : {}),
      }),
    onSuccess: onSaved,
    onError: (error) => applyFieldErrors(form, error),
  });

  const isDate = parameter?.unit === 'date';

  return (
    <Modal
      open
      title="设置地方参数"
      okText="保存"
      okButtonProps={{ 'data-testid': 'parameter-submit' }}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="保存后，自生效日期起的试算和审核都将使用该取值；同一参数、分项和生效日期重复设置会覆盖原值，并记入审计日志。"
      />
      <Form<ParameterFormValues>
        form={form}
        layout="vertical"
        initialValues={{
          name: initialName,
          key: initialKey ?? undefined,
          effectiveFrom: bureauTodayDay(),
        }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item name="name" label="参数" rules={[{ required: true, message: '请选择参数' }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={parameters.map((p) => ({
              value: p.name,
              label: `${p.label}（${label(unitLabels, p.unit)}）`,
            }))}
            onChange={() => form.setFieldValue('key', undefined)}
            data-testid="parameter-name"
          />
        </Form.Item>
        {parameter?.by ? (
          <Form.Item
            name="key"
            label={`分项（${dimensionLabel(parameter.by)}）`}
            rules={[{ required: true, message: '请选择分项' }]}
          >
            <Select
              options={keys.map((k) => ({ value: k, label: parameterKeyLabel(parameter.by, k) }))}
              data-testid="parameter-key"
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="effectiveFrom"
          label="生效日期"
          rules={[{ required: true, message: '请选择生效日期' }]}
        >
          <DatePicker style={{ width: '100%' }} data-testid="parameter-from" />
        </Form.Item>
        <Form.Item
          name="value"
          label={parameter ? `取值（${label(unitLabels, parameter.unit)}）` : '取值'}
          extra={isDate ? '日期格式：YYYY-MM-DD' : '非负数，最多 6 位小数；比例请填小数，如 0.6'}
          rules={[
            { required: true, whitespace: true, message: '请输入取值' },
            isDate
              ? { pattern: /^\s*\d{4}-\d{2}-\d{2}\s*$/, message: '日期格式应为 YYYY-MM-DD' }
              : { pattern: /^\s*\d+(\.\d{1,6})?\s*$/, message: '应为非负数，最多 6 位小数' },
          ]}
        >
          <Input maxLength={40} data-testid="parameter-value" />
        </Form.Item>
        <Form.Item
          name="refDoc"
          label="依据文号"
          rules={[
            { required: true, whitespace: true, message: '请输入依据文号' },
            { min: 2, max: 200, message: '文号为 2–200 个字符' },
          ]}
        >
          <Input placeholder="如：珠人社〔2026〕1号" data-testid="parameter-ref-doc" />
        </Form.Item>
        <Form.Item name="refClause" label="条款" rules={[{ max: 200, message: '条款不能超过 200 个字符' }]}>
          <Input placeholder="如：第三条第（二）项（可不填）" data-testid="parameter-ref-clause" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
