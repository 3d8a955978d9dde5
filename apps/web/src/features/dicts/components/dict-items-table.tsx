import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { dictsKey, updateDictItem } from '../dict-api';
import type { Dict, DictItem } from '../dict-types';
import { DictItemModal } from './dict-item-modal';

type Editing = { kind: 'create' } | { kind: 'edit'; item: DictItem } | null;

export function DictItemsTable({ dict }: { dict: Dict }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Editing>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: dictsKey });

  const toggle = useMutation({
    mutationFn: (item: DictItem) => updateDictItem(dict.code, item.code, { active: !item.active }),
    onSuccess: (_answer, item) => {
      message.success(item.active ? '字典项已停用' : '字典项已启用');
      return refresh();
    },
  });

  const columns: ColumnsType<DictItem> = [
    { title: '编码', dataIndex: 'code' },
    { title: '名称', dataIndex: 'label' },
    { title: '排序', dataIndex: 'sort', width: 80 },
    {
      title: '状态',
      dataIndex: 'active',
      render: (active: boolean) => (active ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_v, item) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing({ kind: 'edit', item })}>
            编辑
          </Button>
          <Popconfirm
            title={item.active ? `确定停用“${item.label}”？` : `确定启用“${item.label}”？`}
            description={item.active ? '停用后新录入的数据不能再选择此项，已有数据不受影响。' : undefined}
            onConfirm={() => toggle.mutateAsync(item)}
          >
            <Button type="link" size="small" danger={item.active}>
              {item.active ? '停用' : '启用'}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={dict.name}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ kind: 'create' })}
          data-testid="dict-item-create"
        >
          新增字典项
        </Button>
      }
    >
      <Table<DictItem>
        rowKey="code"
        columns={columns}
        dataSource={[...dict.items].sort((a, b) => a.sort - b.sort)}
        pagination={false}
        size="small"
      />
      {editing ? (
        <DictItemModal
          dict={dict}
          item={editing.kind === 'edit' ? editing.item : undefined}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            message.success('字典项已保存');
            void refresh();
          }}
        />
      ) : null}
    </Card>
  );
}
