import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { applyFieldErrors } from '../../../app/ui/form-errors';
import { DictSelect } from '../../persons/components/dict-select';
import { eliminate, householdsKey, recognise, recordAssistance } from '../household-api';
import { type HouseholdMember, householdDicts, type Recognition } from '../household-types';

type Values = Record<string, unknown>;
const iso = (d: unknown) => (d as Dayjs).format('YYYY-MM-DD');
const dateRule = [{ required: true, message: '请选择日期' }];

/** One modal form for the three zero-employment actions; dates are sent as YYYY-MM-DD. */
function ActionModal(props: {
  open: boolean;
  title: string;
  onClose: () => void;
  submit: (values: Values) => Promise<unknown>;
  done: string;
  children: ReactNode;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const mutation = useMutation({
    mutationFn: props.submit,
    onSuccess: () => {
      message.success(props.done);
      void queryClient.invalidateQueries({ queryKey: householdsKey });
      props.onClose();
    },
    onError: (error) => applyFieldErrors(form, error),
  });
  return (
    <Modal
      open={props.open}
      title={props.title}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => mutation.mutate(v)} preserve={false}>
        {props.children}
      </Form>
    </Modal>
  );
}

export function RecogniseModal({
  householdId,
  open,
  onClose,
}: {
  householdId: string;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <ActionModal
      open={open}
      onClose={onClose}
      title="认定为零就业家庭"
      done="已认定为零就业家庭"
      submit={(v) => recognise(householdId, { recognisedOn: iso(v.recognisedOn), basis: String(v.basis) })}
    >
      <Form.Item name="recognisedOn" label="认定日期" rules={dateRule}>
        <DatePicker data-testid="recognised-on" />
      </Form.Item>
      <Form.Item
        name="basis"
        label="认定依据"
        rules={[{ required: true, whitespace: true, message: '请填写认定依据' }]}
      >
        <Input.TextArea rows={3} maxLength={500} placeholder="如：本人申报、社区入户核实，家庭成员均无就业" />
      </Form.Item>
    </ActionModal>
  );
}

export function AssistanceModal(props: {
  recognition: Recognition;
  members: HouseholdMember[];
  open: boolean;
  onClose: () => void;
}) {
  const { recognition, members } = props;
  return (
    <ActionModal
      open={props.open}
      onClose={props.onClose}
      title="登记帮扶措施"
      done="帮扶措施已登记"
      submit={(v) =>
        recordAssistance(recognition.id, {
          actedOn: iso(v.actedOn),
          kind: String(v.kind),
          description: String(v.description),
          personId: (v.personId as string | undefined) ?? null,
        })
      }
    >
      <Form.Item name="actedOn" label="帮扶日期" rules={dateRule}>
        <DatePicker data-testid="acted-on" />
      </Form.Item>
      <Form.Item name="kind" label="帮扶方式" rules={[{ required: true, message: '请选择帮扶方式' }]}>
        <DictSelect dict={householdDicts.assistanceKind} data-testid="assistance-kind" />
      </Form.Item>
      <Form.Item name="personId" label="帮扶对象（可选）">
        <Select allowClear options={members.map((m) => ({ value: m.personId, label: m.name }))} />
      </Form.Item>
      <Form.Item
        name="description"
        label="帮扶内容"
        rules={[{ required: true, whitespace: true, message: '请填写帮扶内容' }]}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </ActionModal>
  );
}

export function EliminateModal({
  recognition,
  open,
  onClose,
}: {
  recognition: Recognition;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <ActionModal
      open={open}
      onClose={onClose}
      title="消除零就业家庭"
      done="已消除零就业家庭"
      submit={(v) =>
        eliminate(recognition.id, {
          eliminatedOn: iso(v.eliminatedOn),
          reason: String(v.reason),
          note: (v.note as string | undefined) || null,
          version: recognition.version,
        })
      }
    >
      <Form.Item name="eliminatedOn" label="消除日期" rules={dateRule}>
        <DatePicker data-testid="eliminated-on" />
      </Form.Item>
      <Form.Item name="reason" label="消除原因" rules={[{ required: true, message: '请选择消除原因' }]}>
        <DictSelect dict={householdDicts.eliminationReason} data-testid="elimination-reason" />
      </Form.Item>
      <Form.Item name="note" label="说明">
        <Input.TextArea rows={2} maxLength={500} placeholder="如：户主经岗位推荐于某物业公司就业" />
      </Form.Item>
    </ActionModal>
  );
}
