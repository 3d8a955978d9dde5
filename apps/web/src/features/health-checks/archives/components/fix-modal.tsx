import { useQueryClient } from '@tanstack/react-query';
import { Checkbox, Form, Input } from 'antd';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { type ArchiveItem, archivesKey, reviewArchive } from '../archives-api';

interface Values {
  paperComplete: boolean;
  electronicComplete: boolean;
  note: string;
}

/** 退回整改: which part is incomplete and what to fix. */
export function FixModal({ archive, onClose }: { archive: ArchiveItem; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: (v) =>
      reviewArchive(archive.id, {
        decision: 'return_for_fix',
        paperComplete: Boolean(v.paperComplete),
        electronicComplete: Boolean(v.electronicComplete),
        note: v.note,
      }),
    successMessage: '已退回整改',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: archivesKey });
      onClose();
    },
  });
  return (
    <FormModal
      title={`退回整改：${archive.examineeName}`}
      form={form}
      saving={save.isPending}
      submitTestId="archive-fix-save"
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ paperComplete: false, electronicComplete: true }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="paperComplete" valuePropName="checked">
          <Checkbox>纸质健康（体检）档案完整（报告单已粘贴）</Checkbox>
        </Form.Item>
        <Form.Item name="electronicComplete" valuePropName="checked">
          <Checkbox>电子档案录入完整</Checkbox>
        </Form.Item>
        <Form.Item
          name="note"
          label="整改意见"
          rules={[{ required: true, min: 2, max: 500, message: '请填写整改意见（2至500字）' }]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="archive-fix-note" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
