import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Modal, Radio, Select, Space, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import {
  compensateLoan,
  counterGuaranteeLabels,
  disburseLoan,
  extendLoan,
  guaranteeLoan,
  type LoanDetail,
  loansKey,
  recoverLoan,
  reviewLoan,
  writeOffLoan,
} from '../loans-api';

type Action = 'review' | 'guarantee' | 'disburse' | 'extend' | 'compensate' | 'recover' | 'write_off';
const titles: Record<Action, string> = {
  review: '审核',
  guarantee: '落实担保',
  disburse: '放款',
  extend: '展期',
  compensate: '担保基金代偿',
  recover: '登记追偿',
  write_off: '核销',
};
type Values = Record<string, unknown> & { on?: Dayjs };
const day = (d: unknown) => (d as Dayjs).format('YYYY-MM-DD');

function submit(action: Action, id: string, v: Values) {
  switch (action) {
    case 'review':
      return v.decision === 'approve'
        ? reviewLoan(id, { decision: 'approve' })
        : reviewLoan(id, { decision: 'refuse', reason: String(v.reason ?? '') });
    case 'guarantee':
      return v.kind === 'credit_community'
        ? guaranteeLoan(id, {
            kind: 'credit_community',
            commitmentSigned: Boolean(v.commitmentSigned),
            trackingCard: Boolean(v.trackingCard),
            on: day(v.on),
          })
        : guaranteeLoan(id, {
            kind: 'counter_guarantee',
            counterGuarantee: v.counterGuarantee as 'guarantee_fund',
            on: day(v.on),
          });
    case 'disburse':
      return disburseLoan(id, {
        contractNumber: String(v.contractNumber),
        principal: String(v.principal),
        annualRate: String(v.annualRate),
        disbursedOn: day(v.on),
      });
    case 'extend':
      return extendLoan(id, { on: day(v.on), reason: String(v.reason) });
    case 'compensate':
      return compensateLoan(id, { on: day(v.on) });
    case 'recover':
      return recoverLoan(id, { on: day(v.on), amount: String(v.amount) });
    case 'write_off':
      return writeOffLoan(id, { on: day(v.on), reason: String(v.reason) });
  }
}

const required = { required: true, message: '必填' };

function Fields({ action, form }: { action: Action; form: ReturnType<typeof Form.useForm<Values>>[0] }) {
  const decision = Form.useWatch('decision', form);
  const kind = Form.useWatch('kind', form);
  return (
    <>
      {action === 'review' && (
        <>
          <Form.Item name="decision" label="审核意见" rules={[required]}>
            <Radio.Group
              options={[
                { value: 'approve', label: '通过（按政策规则判定资格）' },
                { value: 'refuse', label: '不通过' },
              ]}
            />
          </Form.Item>
          {decision === 'refuse' && (
            <Form.Item name="reason" label="不通过原因" rules={[required]}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          )}
        </>
      )}
      {action === 'guarantee' && (
        <>
          <Form.Item name="kind" label="担保方式" rules={[required]}>
            <Radio.Group
              options={[
                { value: 'counter_guarantee', label: '反担保' },
                { value: 'credit_community', label: '信用社区免除反担保' },
              ]}
            />
          </Form.Item>
          {kind === 'credit_community' ? (
            <>
              <Form.Item name="commitmentSigned" label="已签订《信用承诺书》" valuePropName="checked">
                <Switch />
              </Form.Item>
              <Form.Item name="trackingCard" label="持有跟踪服务卡" valuePropName="checked">
                <Switch />
              </Form.Item>
            </>
          ) : (
            <Form.Item name="counterGuarantee" label="反担保方式" rules={[required]}>
              <Select
                options={Object.entries(counterGuaranteeLabels)
                  .filter(([k]) => k !== 'none')
                  .map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
          )}
        </>
      )}
      {action === 'disburse' && (
        <>
          <Form.Item name="contractNumber" label="借款合同编号" rules={[required]}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item
            name="principal"
            label="放款本金（元）"
            rules={[required, { pattern: /^\d{1,9}(\.\d{1,2})?$/, message: '最多两位小数' }]}
          >
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item
            name="annualRate"
            label="合同年利率（如 0.0435）"
            rules={[required, { pattern: /^0\.\d{1,6}$/, message: '0到1之间的小数' }]}
          >
            <Input inputMode="decimal" />
          </Form.Item>
        </>
      )}
      {(action === 'extend' || action === 'write_off') && (
        <Form.Item name="reason" label={`${titles[action]}原因`} rules={[required]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
      {action === 'recover' && (
        <Form.Item
          name="amount"
          label="追回金额（元）"
          rules={[required, { pattern: /^\d{1,9}(\.\d{1,2})?$/, message: '最多两位小数' }]}
        >
          <Input inputMode="decimal" />
        </Form.Item>
      )}
      <Form.Item name="on" label={action === 'disburse' ? '放款日期' : '日期'} rules={[required]}>
        <DatePicker />
      </Form.Item>
    </>
  );
}

function ActionModal({ action, loan, onClose }: { action: Action; loan: LoanDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: (v: Values) => submit(action, loan.id, v),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: loansKey });
      message.success(`${titles[action]}已登记`);
      onClose();
    },
  });
  return (
    <Modal
      open
      title={titles[action]}
      okText="确定"
      cancelText="取消"
      confirmLoading={run.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': `loan-${action}-ok` } as never}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ on: dayjs(), kind: 'counter_guarantee', decision: 'approve' }}
        onFinish={(v) => run.mutate(v)}
      >
        <Fields action={action} form={form} />
      </Form>
    </Modal>
  );
}

/** The buttons of the moves the server says the user may make now, each with its form. */
export function LoanActions({ loan }: { loan: LoanDetail }) {
  const [open, setOpen] = useState<Action | null>(null);
  if (loan.actions.length === 0) return null;
  return (
    <Space wrap>
      {(loan.actions as Action[]).map((a) => (
        <Button key={a} onClick={() => setOpen(a)} data-testid={`loan-${a}`}>
          {titles[a]}
        </Button>
      ))}
      {open && <ActionModal action={open} loan={loan} onClose={() => setOpen(null)} />}
    </Space>
  );
}
