import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { bureauToday, bureauTodayDay } from '../../../../app/bureau-clock';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import {
  type FindingItem,
  findingsKey,
  type NotifiedBody,
  notifyMethodLabels,
  recordNotified,
} from '../examinations-api';

type Values = { notifiedOn: Dayjs; method: NotifiedBody['method']; whom: string };

/** 登记已通知 (第十七条): when, how and whom the hospital told of a serious finding. */
export function NotifiedDialog({ finding, onClose }: { finding: FindingItem; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: (v: Values) =>
      recordNotified(finding.id, {
        version: finding.version,
        notifiedOn: v.notifiedOn.format('YYYY-MM-DD'),
        method: v.method,
        whom: v.whom.trim(),
      }),
    successMessage: '已登记通知',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: findingsKey });
      onClose();
    },
  });
  const outside = (d: Dayjs) => {
    const day = d.format('YYYY-MM-DD');
    return day < finding.examinedOn || day > bureauToday();
  };
  return (
    <FormModal
      title={`登记已通知：${finding.personName}（通知${finding.notifyPartyLabel}）`}
      form={form}
      saving={save.isPending}
      submitTestId="finding-notified-save"
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ notifiedOn: bureauTodayDay(), method: 'phone' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="notifiedOn" label="通知日期" rules={[{ required: true, message: '请选择通知日期' }]}>
          <DatePicker disabledDate={outside} defaultPickerValue={dayjs(finding.examinedOn)} />
        </Form.Item>
        <Form.Item name="method" label="通知方式" rules={[{ required: true, message: '请选择通知方式' }]}>
          <Radio.Group
            options={Object.entries(notifyMethodLabels).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item
          name="whom"
          label="被通知人（姓名及与职工关系或单位职务）"
          rules={[
            { required: true, whitespace: true, message: '请填写被通知人' },
            { min: 2, max: 100, message: '被通知人为2至100字' },
          ]}
        >
          <Input
            maxLength={100}
            placeholder="如：参检单位人事科 王科长；职工配偶 李某"
            data-testid="finding-notified-whom"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
