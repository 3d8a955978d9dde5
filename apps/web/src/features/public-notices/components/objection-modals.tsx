import { DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { bureauTodayDay } from '../../../app/bureau-clock';
import { FormModal, useFormSave } from '../../../app/ui/form-modal';
import { addObjection, resolveObjection } from '../notice-api';
import { isInstitutionNotice, type NoticeDetail, type Objection } from '../notice-types';

interface ObjectionValues {
  caseId?: string;
  receivedOn: Dayjs;
  objector?: string;
  content: string;
}

/** 登记异议: what was received, when, from whom, and which case on the notice it concerns. */
export function ObjectionCreateModal({
  notice,
  onClose,
  onSaved,
}: {
  notice: NoticeDetail;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<ObjectionValues>();
  const save = useFormSave(form, {
    mutationFn: (v: ObjectionValues) =>
      addObjection(notice.id, {
        caseId: v.caseId ?? null,
        receivedOn: v.receivedOn.format('YYYY-MM-DD'),
        objector: v.objector || null,
        content: v.content,
      }),
    successMessage: '异议已登记',
    onSaved,
  });
  return (
    <FormModal
      title="登记异议"
      form={form}
      saving={save.isPending}
      submitTestId="objection-save"
      onClose={onClose}
    >
      <Form<ObjectionValues>
        form={form}
        layout="vertical"
        initialValues={{ receivedOn: bureauTodayDay() }}
        onFinish={save.mutate}
      >
        {!isInstitutionNotice(notice) && (
          <Form.Item name="caseId" label="所涉案件" extra="针对公示整体的异议可不选">
            <Select
              allowClear
              options={notice.items.map((i) => ({
                value: i.caseId,
                label: `${i.caseNumber} ${i.maskedName}`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="receivedOn"
          label="收到日期"
          rules={[{ required: true, message: '请选择收到异议的日期' }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="objector" label="异议人">
          <Input maxLength={100} placeholder="可匿名" />
        </Form.Item>
        <Form.Item
          name="content"
          label="异议内容"
          rules={[{ required: true, whitespace: true, message: '请填写异议内容' }]}
        >
          <Input.TextArea rows={4} maxLength={2000} data-testid="objection-content" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

interface ResolveValues {
  outcome: 'upheld' | 'dismissed';
  resolution: string;
}

/** 处理异议: upheld (the case is rejected, or the institution is not designated) or dismissed. */
export function ObjectionResolveModal({
  objection,
  institutionNotice,
  onClose,
  onSaved,
}: {
  objection: Objection;
  institutionNotice: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<ResolveValues>();
  const save = useFormSave(form, {
    mutationFn: (v: ResolveValues) => resolveObjection(objection.id, { ...v, version: objection.version }),
    successMessage: '异议已处理',
    onSaved,
  });
  return (
    <FormModal
      title="处理异议"
      form={form}
      saving={save.isPending}
      submitTestId="objection-resolve-save"
      onClose={onClose}
    >
      <Form<ResolveValues> form={form} layout="vertical" onFinish={save.mutate}>
        <Form.Item name="outcome" label="处理结果" rules={[{ required: true, message: '请选择处理结果' }]}>
          <Radio.Group
            options={[
              { value: 'dismissed', label: '异议不成立' },
              {
                value: 'upheld',
                label: institutionNotice ? '异议成立（该机构不予认定）' : '异议成立（该案件改为不予批准）',
              },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="resolution"
          label="核查结论"
          rules={[{ required: true, whitespace: true, message: '请填写核查结论' }]}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
