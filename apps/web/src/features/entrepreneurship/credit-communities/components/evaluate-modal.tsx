import { Alert, Form, Radio } from 'antd';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { type CommunityRow, evaluate } from '../credit-communities-api';

interface Values {
  fullEmployment: boolean;
  debt_recovery_cooperation: boolean;
  joint_recognition: boolean;
  no_matured_loans?: boolean;
}

const yesNo = [
  { value: true, label: '是' },
  { value: false, label: '否' },
];

/**
 * What the ledger cannot tell the rule: 充分就业社区 (no register of it exists in the system, so the
 * evaluator states it as the city bureau recognised it) and the rule's human checks.
 */
export function EvaluateModal(props: {
  row: CommunityRow;
  year: number;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { row, year } = props;
  const [form] = Form.useForm<Values>();
  const noMatured = row.figures.maturedDue === '0.00';
  const save = useFormSave(form, {
    mutationFn: ({ fullEmployment, ...checks }: Values) =>
      evaluate({ year, items: [{ communityOrgId: row.communityOrgId, fullEmployment, checks }] }),
    successMessage: '已评定',
    onSaved: props.onSaved,
  });
  return (
    <FormModal
      title={`评定 ${row.name} ${year}年度信用社区`}
      form={form}
      saving={save.isPending}
      submitTestId="credit-community-evaluate-save"
      onClose={props.onClose}
      width={600}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="贷款人数、发放额、到期回收和承诺书、服务卡数据由贷款台账统计；以下事项由评定人填写。"
      />
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="fullEmployment"
          label="充分就业社区"
          extra="按市局认定填写（系统未登记充分就业社区称号）"
          rules={[{ required: true, message: '请选择' }]}
        >
          <Radio.Group options={yesNo} data-testid="evaluate-full-employment" />
        </Form.Item>
        <Form.Item
          name="debt_recovery_cooperation"
          label="社区积极配合欠款追索工作"
          rules={[{ required: true, message: '请选择' }]}
        >
          <Radio.Group options={yesNo} data-testid="evaluate-debt-recovery" />
        </Form.Item>
        <Form.Item
          name="joint_recognition"
          label="市财政局、市人劳社保局、人行市支行共同认定（已核实信用承诺书和跟踪服务卡）"
          rules={[{ required: true, message: '请选择' }]}
        >
          <Radio.Group options={yesNo} data-testid="evaluate-joint-recognition" />
        </Form.Item>
        {noMatured && (
          <Form.Item
            name="no_matured_loans"
            label="当年无到期贷款，视为符合回收率条件"
            rules={[{ required: true, message: '请选择' }]}
          >
            <Radio.Group options={yesNo} />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
