import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Typography } from 'antd';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { notifyExaminees, type PlanEmployer, plansKey } from '../plans-api';
import { TargetFields, type TargetKind, targetOf } from './target-fields';

/** 标记已通知 (第十条): the employer and its employees were told their hospital and day. */
export function NotifyModal({
  planId,
  employers,
  selectedIds,
  onClose,
}: {
  planId: string;
  employers: PlanEmployer[];
  selectedIds: string[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ kind: TargetKind; employerId?: string }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const save = useFormSave(form, {
    mutationFn: (v: { kind: TargetKind; employerId?: string }) =>
      notifyExaminees(planId, targetOf(v, selectedIds)),
    successMessage: '已标记通知',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: plansKey });
      onClose();
    },
  });
  return (
    <FormModal
      title="标记已通知"
      form={form}
      saving={save.isPending}
      submitTestId="notify-save"
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        已将体检时间和医院通知参检单位或职工，并发放体检禁忌及注意事项（第十条）。只标记已安排而未通知的职工。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: selectedIds.length > 0 ? 'examinees' : 'employer' }}
        onFinish={(v) =>
          save.mutate(v, {
            onSuccess: (r) => message.info(`本次标记 ${(r as { changed: number }).changed} 人`),
          })
        }
      >
        <TargetFields employers={employers} selected={selectedIds.length} allowAll />
      </Form>
    </FormModal>
  );
}
