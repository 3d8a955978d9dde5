import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Radio, Typography } from 'antd';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { setVisit, type VisitBody } from '../plans-api';

type Mode = VisitBody['mode'];

/**
 * 登记上门/到床体检 (第十条): an examinee who cannot come is fetched by ambulance, one who cannot move
 * is examined at bedside, on the employer's or their own application; the list goes to 医保处 备案.
 */
export function VisitModal({
  examinee,
  invalidate,
  onClose,
}: {
  examinee: { id: string; personName: string; visitMode: Mode; visitNote: string | null; version: number };
  invalidate: readonly unknown[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ mode: Mode; note: string }>();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: (v: { mode: Mode; note: string }) =>
      setVisit(examinee.id, { mode: v.mode, note: v.note ?? '', version: examinee.version }),
    successMessage: '已登记',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: invalidate });
      onClose();
    },
  });
  return (
    <FormModal
      title={`登记上门/到床体检：${examinee.personName}`}
      form={form}
      saving={save.isPending}
      submitTestId="visit-save"
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        因疾病无法自行到场的，经参检单位或职工申请，体检医院派救护车接送；无法移动的，登记后到床检查，名单报医保处备案。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          mode: examinee.visitMode === 'on_site' ? 'bedside' : examinee.visitMode,
          note: examinee.visitNote ?? '',
        }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="mode" label="体检方式" rules={[{ required: true }]}>
          <Radio.Group>
            <Radio value="ambulance">救护车接送</Radio>
            <Radio value="bedside">到床体检</Radio>
            <Radio value="on_site">到院体检（撤销）</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item noStyle dependencies={['mode']}>
          {({ getFieldValue }) =>
            getFieldValue('mode') !== 'on_site' && (
              <Form.Item
                name="note"
                label="申请人及原因"
                rules={[{ required: true, min: 4, message: '请写明申请人（单位或职工本人）及原因' }]}
              >
                <Input.TextArea
                  rows={3}
                  maxLength={500}
                  placeholder="如：参检单位申请，该职工术后卧床无法移动"
                />
              </Form.Item>
            )
          }
        </Form.Item>
      </Form>
    </FormModal>
  );
}
