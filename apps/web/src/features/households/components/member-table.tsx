import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Modal, Popconfirm, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { applyFieldErrors } from '../../../app/ui/form-errors';
import { useDictLabel } from '../../dicts/hooks/use-dict';
import { DictSelect } from '../../persons/components/dict-select';
import { addMember, householdsKey, removeMember, updateHousehold } from '../household-api';
import { type HouseholdDetail, type HouseholdMember, householdDicts } from '../household-types';
import { PersonPicker } from './person-picker';

function AddMemberModal({
  household,
  open,
  onClose,
}: {
  household: HouseholdDetail;
  open: boolean;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ personId: string; relation: string }>();
  const add = useMutation({
    mutationFn: (v: { personId: string; relation: string }) => addMember(household.id, v),
    onSuccess: () => {
      message.success('已添加家庭成员');
      void queryClient.invalidateQueries({ queryKey: householdsKey });
      onClose();
    },
    onError: (error) => applyFieldErrors(form, error),
  });
  return (
    <Modal
      open={open}
      title="添加家庭成员"
      okText="添加"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => add.mutate(v)} preserve={false}>
        <Form.Item name="personId" label="人员" rules={[{ required: true, message: '请选择人员' }]}>
          <PersonPicker data-testid="member-person" />
        </Form.Item>
        <Form.Item
          name="relation"
          label="与户主关系"
          rules={[{ required: true, message: '请选择与户主关系' }]}
        >
          <DictSelect dict={householdDicts.relation} data-testid="member-relation" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The members of a household with age and working age; writers add, remove and pick the head. */
export function MemberTable({ household, canWrite }: { household: HouseholdDetail; canWrite: boolean }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const relation = useDictLabel(householdDicts.relation);
  const [adding, setAdding] = useState(false);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: householdsKey });
  const remove = useMutation({
    mutationFn: (personId: string) => removeMember(household.id, personId),
    onSuccess: () => {
      message.success('已移除家庭成员');
      refresh();
    },
  });
  const makeHead = useMutation({
    mutationFn: (personId: string) =>
      updateHousehold(household.id, { headPersonId: personId, version: household.version }),
    onSuccess: () => {
      message.success('已变更户主');
      refresh();
    },
  });

  const columns: ColumnsType<HouseholdMember> = [
    {
      title: '姓名',
      dataIndex: 'name',
      render: (n: string, m) => <Link to={`/persons/${m.personId}`}>{n}</Link>,
    },
    { title: '与户主关系', dataIndex: 'relation', render: (r: string) => relation(r) },
    { title: '公民身份号码', dataIndex: 'idNumberMasked' },
    { title: '性别', dataIndex: 'gender', render: (g: string) => (g === '1' ? '男' : '女') },
    { title: '年龄', dataIndex: 'age', render: (a: number) => `${a} 岁` },
    {
      title: '劳动年龄段',
      dataIndex: 'workingAge',
      render: (w: boolean) => (w ? <Tag color="blue">是</Tag> : <Tag>否</Tag>),
    },
  ];
  if (canWrite)
    columns.push({
      title: '操作',
      key: 'actions',
      render: (_: unknown, m) =>
        m.relation === 'head' ? null : (
          <Space>
            <Popconfirm
              title={`将「${m.name}」设为户主？原户主的关系将改为“其他”。`}
              onConfirm={() => makeHead.mutate(m.personId)}
            >
              <Button type="link" size="small">
                设为户主
              </Button>
            </Popconfirm>
            <Popconfirm title={`从本户移除「${m.name}」？`} onConfirm={() => remove.mutate(m.personId)}>
              <Button type="link" size="small" danger>
                移除
              </Button>
            </Popconfirm>
          </Space>
        ),
    });

  return (
    <>
      <Table<HouseholdMember>
        rowKey="personId"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={household.members}
        title={
          canWrite
            ? () => (
                <Button onClick={() => setAdding(true)} data-testid="member-add">
                  添加成员
                </Button>
              )
            : undefined
        }
        data-testid="household-members"
      />
      <AddMemberModal household={household} open={adding} onClose={() => setAdding(false)} />
    </>
  );
}
