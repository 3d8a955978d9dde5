import { useQueryClient } from '@tanstack/react-query';
import { Form, Input } from 'antd';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { reportsKey, submitAnalysis } from '../reports-api';

/** A hospital submits its analysis (the figures as generated now) with its narrative (第十六条). */
export function SubmitAnalysisModal({ planId, onClose }: { planId: string; onClose: () => void }) {
  const [form] = Form.useForm<{ narrative: string }>();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: (v) => submitAnalysis({ planId, narrative: v.narrative }),
    successMessage: '分析报告已提交医保处',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: reportsKey });
      onClose();
    },
  });
  return (
    <FormModal
      title="提交分析报告"
      form={form}
      saving={save.isPending}
      submitTestId="analysis-submit-save"
      onClose={onClose}
      width={640}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="narrative"
          label="分析说明（体检总体情况、主要异常、健康建议）"
          rules={[{ required: true, min: 10, max: 5000, message: '请填写分析说明（10至5000字）' }]}
        >
          <Input.TextArea rows={8} maxLength={5000} showCount data-testid="analysis-narrative" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
