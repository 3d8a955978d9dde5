import { Button, DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { type FileDetail, setAssociation } from '../files-api';

/** 加入 / 退出创业者联谊会 for the trainee of a file, on a date the station gives. */
export function AssociationButton({ file, onSaved }: { file: FileDetail; onSaved: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ on: Dayjs }>();
  const action = file.associationJoinedOn && !file.associationLeftOn ? 'leave' : 'join';
  const verb = action === 'join' ? '加入' : '退出';
  const save = useFormSave(form, {
    mutationFn: (v: { on: Dayjs }) =>
      setAssociation(file.id, { action, on: v.on.format('YYYY-MM-DD'), version: file.version }),
    successMessage: `已登记${verb}创业者联谊会`,
    onSaved: () => {
      setOpen(false);
      onSaved();
    },
  });
  return (
    <>
      <Button size="small" type="link" onClick={() => setOpen(true)} data-testid="association-toggle">
        {action === 'join' ? '登记入会' : '登记退会'}
      </Button>
      {open && (
        <FormModal
          title={`${verb}创业者联谊会`}
          form={form}
          saving={save.isPending}
          submitTestId="association-save"
          onClose={() => setOpen(false)}
        >
          <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
            <Form.Item name="on" label={`${verb}日期`} rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Form>
        </FormModal>
      )}
    </>
  );
}
