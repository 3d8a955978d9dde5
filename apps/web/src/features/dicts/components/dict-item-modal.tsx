import { useMutation } from '@tanstack/react-query';
import { Form, Input, InputNumber, Modal } from 'antd';
import { applyFieldErrors } from '../../../app/ui/form-errors';
import { createDictItem, updateDictItem } from '../dict-api';
import type { Dict, DictItem } from '../dict-types';

interface DictItemValues {
  code: string;
  label: string;
  sort: number;
}

interface DictItemModalProps {
  dict: Dict;
  /** The item to edit; undefined to add one. */
  item?: DictItem;
  onClose: () => void;
  onSaved: () => void;
}

export function DictItemModal({ dict, item, onClose, onSaved }: DictItemModalProps) {
  const [form] = Form.useForm<DictItemValues>();
  const nextSort = Math.max(0, ...dict.items.map((i) => i.sort)) + 1;

  const save = useMutation({
    mutationFn: (values: DictItemValues) =>
      item
        ? updateDictItem(dict.code, item.code, { label: values.label, sort: values.sort })
        : createDictItem(dict.code, values),
    onSuccess: onSaved,
    onError: (error) => applyFieldErrors(form, error),
  });

  return (
    <Modal
      open
      title={item ? `编辑字典项：${item.label}` : `新增字典项（${dict.name}）`}
      okText="保存"
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<DictItemValues>
        form={form}
        layout="vertical"
        initialValues={item ? { code: item.code, label: item.label, sort: item.sort } : { sort: nextSort }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          name="code"
          label="编码"
          rules={[
            { required: true, whitespace: true, message: '请输入编码' },
            {
              pattern: /^[A-Za-z0-9_-]{1,20}$/,
              message: '编码为 1–20 位字母、数字、下划线或横线',
            },
          ]}
        >
          <Input disabled={Boolean(item)} data-testid="dict-item-code" />
        </Form.Item>
        <Form.Item
          name="label"
          label="名称"
          rules={[
            { required: true, whitespace: true, message: '请输入名称' },
            { max: 60, message: '名称不能超过 60 个字符' },
          ]}
        >
          <Input data-testid="dict-item-label" />
        </Form.Item>
        <Form.Item name="sort" label="排序" rules={[{ required: true, message: '请输入排序号' }]}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
