import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { useNavigate } from 'react-router-dom';
import { applyFieldErrors } from '../../../app/ui/form-errors';
import { OrgTreeSelect } from '../../orgs/components/org-tree-select';
import { createHousehold, householdsKey } from '../household-api';
import type { HouseholdBody } from '../household-types';
import { PersonPicker } from './person-picker';

/** Registers a household: number, address, organisation and its head (who becomes a member). */
export function HouseholdFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<HouseholdBody>();
  const create = useMutation({
    mutationFn: (values: HouseholdBody) => createHousehold({ ...values, address: values.address || null }),
    onSuccess: (h) => {
      message.success('家庭已登记');
      void queryClient.invalidateQueries({ queryKey: householdsKey });
      onClose();
      navigate(`/households/${h.id}`);
    },
    onError: (error) => applyFieldErrors(form, error),
  });
  return (
    <Modal
      open={open}
      title="登记家庭"
      okText="登记"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<HouseholdBody> form={form} layout="vertical" onFinish={(v) => create.mutate(v)} preserve={false}>
        <Form.Item
          name="number"
          label="户号"
          rules={[{ required: true, whitespace: true, message: '请填写户号' }]}
        >
          <Input maxLength={30} data-testid="household-number" />
        </Form.Item>
        <Form.Item name="headPersonId" label="户主" rules={[{ required: true, message: '请选择户主' }]}>
          <PersonPicker data-testid="household-head" />
        </Form.Item>
        <Form.Item name="orgId" label="所属机构" rules={[{ required: true, message: '请选择所属机构' }]}>
          <OrgTreeSelect placeholder="选择社区或街道" data-testid="household-org" />
        </Form.Item>
        <Form.Item name="address" label="住址">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
