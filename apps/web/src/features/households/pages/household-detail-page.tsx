import { EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, Modal, Space, Spin } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { usePermissions } from '../../../app/auth/use-me';
import { applyFieldErrors } from '../../../app/ui/form-errors';
import { LinkButton } from '../../../app/ui/link-button';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../app/ui/query-error-result';
import { MemberTable } from '../components/member-table';
import { ZeroEmploymentPanel } from '../components/zero-employment-panel';
import { ZeroEmploymentTag } from '../components/zero-employment-tag';
import { fetchHousehold, householdsKey, updateHousehold } from '../household-api';
import type { HouseholdDetail } from '../household-types';

type EditValues = { number: string; address?: string };

function EditModal({
  household,
  open,
  onClose,
}: {
  household: HouseholdDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EditValues>();
  const save = useMutation({
    mutationFn: (v: EditValues) =>
      updateHousehold(household.id, {
        number: v.number,
        address: v.address || null,
        version: household.version,
      }),
    onSuccess: () => {
      message.success('家庭信息已保存');
      void queryClient.invalidateQueries({ queryKey: householdsKey });
      onClose();
    },
    onError: (error) => applyFieldErrors(form, error),
  });
  return (
    <Modal
      open={open}
      title="修改家庭信息"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<EditValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ number: household.number, address: household.address ?? '' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="number"
          label="户号"
          rules={[{ required: true, whitespace: true, message: '请填写户号' }]}
        >
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="address" label="住址">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function HouseholdDetailContent({ id }: { id: string }) {
  const can = usePermissions();
  const [editing, setEditing] = useState(false);
  const household = useQuery({
    queryKey: [...householdsKey, 'detail', id],
    queryFn: () => fetchHousehold(id),
  });
  if (household.isPending) return <Spin />;
  if (household.isError)
    return <QueryErrorResult error={household.error} onRetry={() => household.refetch()} />;
  const h = household.data;
  const canWrite = can('person:write');

  return (
    <>
      <Card
        title={`家庭详情：户号 ${h.number}`}
        extra={
          <Space>
            <LinkButton to="/households">返回列表</LinkButton>
            {canWrite ? (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                编辑
              </Button>
            ) : null}
          </Space>
        }
      >
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          style={{ marginBottom: 16 }}
          data-testid="household-detail"
        >
          <Descriptions.Item label="户号">{h.number}</Descriptions.Item>
          <Descriptions.Item label="户主">{h.head?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="住址">{h.address ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="所属机构">{h.org.name}</Descriptions.Item>
          <Descriptions.Item label="家庭人数">{h.memberCount}</Descriptions.Item>
          <Descriptions.Item label="零就业家庭">
            <ZeroEmploymentTag status={h.zeroEmploymentStatus} />
          </Descriptions.Item>
        </Descriptions>
        <MemberTable household={h} canWrite={canWrite} />
      </Card>
      <ZeroEmploymentPanel household={h} />
      <EditModal household={h} open={editing} onClose={() => setEditing(false)} />
    </>
  );
}

export function HouseholdDetailPage() {
  const { id } = useParams();
  return (
    <PermissionGate permission="person:read">
      <HouseholdDetailContent key={id} id={id ?? ''} />
    </PermissionGate>
  );
}
