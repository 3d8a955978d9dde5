import { useMutation } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../../../app/api-error';
import { afterBureauToday } from '../../../app/bureau-clock';
import { applyFieldErrors } from '../../../app/ui/form-errors';
import { createContract, updateContract } from '../insurance-api';
import { type Contract, type ContractTermKind, termKindLabels } from '../insurance-types';
import { EmployerSelect } from './employer-select';
import { testId } from './test-id';

interface FormValues {
  employerId: string;
  termKind: ContractTermKind;
  position?: string;
  signedOn: Dayjs;
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
}

const termKindOptions = (Object.keys(termKindLabels) as ContractTermKind[]).map((value) => ({
  value,
  label: termKindLabels[value],
}));
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** Adds or edits a labour contract; the server's date checks land under their fields. */
export function ContractFormModal(props: {
  personId: string;
  contract?: Contract;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { personId, contract, onClose, onSaved } = props;
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const termKind = Form.useWatch('termKind', form);
  const save = useMutation({
    mutationFn: (v: FormValues) => {
      const body = {
        termKind: v.termKind,
        position: v.position?.trim() || null,
        signedOn: day(v.signedOn)!,
        startsOn: day(v.startsOn)!,
        endsOn: v.termKind === 'open_ended' ? null : day(v.endsOn),
      };
      return contract
        ? updateContract(contract.id, { ...body, version: contract.version })
        : createContract(personId, { ...body, employerId: v.employerId });
    },
    onSuccess: () => {
      message.success(contract ? '劳动合同已保存' : '劳动合同已登记');
      onSaved();
    },
    onError: (error) => {
      if (applyFieldErrors(form, error)) return;
      if (error instanceof ApiError && error.code === 'CONFLICT')
        form.setFields([{ name: 'startsOn', errors: [error.message] }]);
      else message.error(error.message);
    },
  });

  return (
    <Modal
      open
      title={contract ? '修改劳动合同' : '登记劳动合同'}
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={testId('contract-submit')}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={
          contract
            ? {
                ...contract,
                position: contract.position ?? undefined,
                signedOn: dayjs(contract.signedOn),
                startsOn: dayjs(contract.startsOn),
                endsOn: contract.endsOn ? dayjs(contract.endsOn) : null,
              }
            : { termKind: 'fixed' satisfies ContractTermKind }
        }
        onFinish={(values) => save.mutate(values)}
      >
        {contract ? (
          <Form.Item label="用人单位">{contract.employer.name}</Form.Item>
        ) : (
          <Form.Item
            name="employerId"
            label="用人单位"
            rules={[{ required: true, message: '请选择用人单位' }]}
          >
            <EmployerSelect data-testid="contract-employer" />
          </Form.Item>
        )}
        <Form.Item
          name="termKind"
          label="合同期限类型"
          rules={[{ required: true, message: '请选择合同期限类型' }]}
        >
          <Select options={termKindOptions} data-testid="contract-term-kind" />
        </Form.Item>
        <Form.Item
          name="position"
          label="工作岗位"
          rules={[{ max: 100, message: '工作岗位不能超过 100 个字符' }]}
        >
          <Input data-testid="contract-position" />
        </Form.Item>
        <Form.Item name="signedOn" label="签订日期" rules={[{ required: true, message: '请选择签订日期' }]}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={afterBureauToday}
            data-testid="contract-signed-on"
          />
        </Form.Item>
        <Form.Item
          name="startsOn"
          label="合同起始日期"
          rules={[{ required: true, message: '请选择合同起始日期' }]}
        >
          <DatePicker style={{ width: '100%' }} data-testid="contract-starts-on" />
        </Form.Item>
        {termKind === 'open_ended' ? null : (
          <Form.Item
            name="endsOn"
            label="合同终止日期"
            rules={[{ required: termKind === 'fixed', message: '固定期限劳动合同须填写合同终止日期' }]}
            extra={termKind === 'task' ? '以完成一定工作任务为期限的合同可填写预计完成日期' : undefined}
          >
            <DatePicker style={{ width: '100%' }} data-testid="contract-ends-on" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
