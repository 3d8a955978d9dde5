import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, InputNumber } from 'antd';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { saveTarget, type TargetBody, trainingProgressKey } from '../progress-api';

interface TargetFormValues {
  trainees: number;
  basis: string;
}

/**
 * 设定年度目标 of one organisation for the skills re-employment programme, with the basis of the
 * figure; an existing target is replaced at its version (a concurrent change is refused).
 */
export function TargetModal(props: {
  org: { id: number; name: string };
  year: number;
  current: { trainees: number; basis: string; version: number } | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<TargetFormValues>();
  const client = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: (v: TargetFormValues) => {
      const body: TargetBody = {
        orgId: props.org.id,
        year: props.year,
        programme: 'skills_reemployment',
        trainees: v.trainees,
        basis: v.basis,
        ...(props.current ? { version: props.current.version } : {}),
      };
      return saveTarget(body);
    },
    successMessage: '年度目标已保存',
    onSaved: () => {
      client.invalidateQueries({ queryKey: trainingProgressKey });
      props.onClose();
    },
  });
  return (
    <FormModal
      title={`${props.org.name}${props.year}年技能再就业培训目标`}
      form={form}
      saving={save.isPending}
      submitTestId="target-save"
      onClose={props.onClose}
    >
      <Form<TargetFormValues>
        form={form}
        layout="vertical"
        initialValues={props.current ?? undefined}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="trainees"
          label="目标培训人数"
          rules={[{ required: true, message: '请填写目标人数' }]}
        >
          <InputNumber
            min={0}
            max={10_000_000}
            precision={0}
            style={{ width: 200 }}
            data-testid="target-trainees"
          />
        </Form.Item>
        <Form.Item
          name="basis"
          label="依据"
          rules={[{ required: true, min: 2, max: 500, message: '请填写目标依据（2至500字）' }]}
          extra="如：闽劳社文〔2024〕96号 目标任务逐级分解，市局下达本单位的份额"
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="target-basis" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
