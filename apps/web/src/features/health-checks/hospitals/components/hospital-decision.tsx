import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../../app/api-error';
import { decideHospital, type HospitalDetail, hospitalsKey } from '../hospitals-api';

type WithReason = 'refuse' | 'revoke';
const reasonTitles: Record<WithReason, string> = { refuse: '不予确定', revoke: '取消定点' };

/** 确定为体检定点 / 不予确定 / 取消定点, as the hospital's status allows; the server checks the conditions. */
export function HospitalDecision({ hospital: h }: { hospital: HospitalDetail }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<WithReason | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const decide = useMutation({
    mutationFn: (body: Parameters<typeof decideHospital>[1]) => decideHospital(h.id, body),
    // a refused designation lists every failed condition: shown in a dialog, not a passing toast
    meta: { silentError: true },
    onSuccess: (_d, body) => {
      message.success(
        body.decision === 'designate' ? '已确定为体检定点' : `已${reasonTitles[body.decision]}`,
      );
      setAsking(null);
      void queryClient.invalidateQueries({ queryKey: hospitalsKey });
    },
    onError: (e, body) =>
      body.decision === 'designate'
        ? modal.error({ title: '不能确定为体检定点', content: errorMessage(e), width: 560 })
        : message.error(errorMessage(e)),
  });
  const designate = () =>
    modal.confirm({
      title: `确定「${h.name}」为体检定点？`,
      content: h.check.ok ? '全部条件符合。' : '尚有条件不符合，系统将不予确定并列出不符合的条件。',
      okText: '确定为体检定点',
      cancelText: '取消',
      onOk: () => decide.mutateAsync({ decision: 'designate', version: h.version }).catch(() => undefined),
    });
  return (
    <Space wrap>
      {h.status !== 'designated' && (
        <Button
          type="primary"
          onClick={designate}
          loading={decide.isPending}
          data-testid="hospital-designate"
        >
          确定为体检定点
        </Button>
      )}
      {h.status === 'applied' && (
        <Button danger onClick={() => setAsking('refuse')} data-testid="hospital-refuse">
          不予确定
        </Button>
      )}
      {h.status === 'designated' && (
        <Button danger onClick={() => setAsking('revoke')} data-testid="hospital-revoke">
          取消定点
        </Button>
      )}
      {asking && (
        <Modal
          open
          title={`${reasonTitles[asking]}：${h.name}`}
          okText={reasonTitles[asking]}
          okButtonProps={{ danger: true, 'data-testid': 'hospital-decision-ok' }}
          cancelText="取消"
          confirmLoading={decide.isPending}
          onOk={() => form.submit()}
          onCancel={() => setAsking(null)}
          destroyOnHidden
        >
          <Form
            form={form}
            layout="vertical"
            onFinish={(v) => decide.mutate({ decision: asking, reason: v.reason, version: h.version })}
          >
            <Form.Item
              name="reason"
              label="原因"
              rules={[{ required: true, min: 2, message: '请说明原因（至少2个字）' }]}
            >
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Space>
  );
}
