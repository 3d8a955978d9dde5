import { useQueryClient } from '@tanstack/react-query';
import { Alert, Checkbox, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { afterBureauToday, bureauTodayDay } from '../../../../app/bureau-clock';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { type ArchiveItem, archivesKey, returnArchive } from '../archives-api';

interface Values {
  returnedOn: Dayjs;
  receiverKind: 'employer' | 'employee';
  receiverName: string;
  receiverSigned: boolean;
}

/** 登记返还 (第十八条): when, to whom, and the receiver's signature in the register. */
export function ReturnModal({ archive, onClose }: { archive: ArchiveItem; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: (v) =>
      returnArchive(archive.id, {
        returnedOn: v.returnedOn.format('YYYY-MM-DD'),
        receiverKind: v.receiverKind,
        receiverName: v.receiverName,
        receiverSigned: Boolean(v.receiverSigned),
      }),
    successMessage: '已登记返还',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: archivesKey });
      onClose();
    },
  });
  const returnedOn = Form.useWatch('returnedOn', form);
  const late = returnedOn ? returnedOn.format('YYYY-MM-DD') > archive.dueOn : false;
  return (
    <FormModal
      title={`登记返还：${archive.examineeName}`}
      form={form}
      saving={save.isPending}
      submitTestId="archive-return-save"
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          returnedOn: bureauTodayDay(),
          receiverKind: archive.employerName ? 'employer' : 'employee',
          receiverName: archive.employerName ?? archive.examineeName,
          receiverSigned: false,
        }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="returnedOn" label="返还日期" rules={[{ required: true, message: '必填' }]}>
          <DatePicker disabledDate={afterBureauToday} data-testid="archive-returned-on" />
        </Form.Item>
        {late && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={`晚于应返还日期 ${archive.dueOn}，将标记为逾期返还`}
          />
        )}
        <Form.Item name="receiverKind" label="领取方" rules={[{ required: true, message: '必填' }]}>
          <Radio.Group
            options={[
              { value: 'employer', label: '参检单位' },
              { value: 'employee', label: '参检职工本人' },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="receiverName"
          label="领取人（单位及经办人或本人姓名）"
          rules={[{ required: true, max: 100, message: '请填写领取人（100字以内）' }]}
        >
          <Input maxLength={100} data-testid="archive-receiver-name" />
        </Form.Item>
        <Form.Item name="receiverSigned" valuePropName="checked">
          <Checkbox data-testid="archive-receiver-signed">领取人已在返还登记簿上签字</Checkbox>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
