import { useMutation } from '@tanstack/react-query';
import { Form, Input, Modal } from 'antd';
import { applyFieldErrors } from '../../../app/ui/form-errors';
import { createOrg, updateOrg } from '../org-api';
import { childLevel, type OrgDetail, type OrgId, orgLevelLabels, regionCodeLength } from '../org-types';

export type OrgFormMode = { kind: 'create'; parent: OrgDetail } | { kind: 'edit'; org: OrgDetail };

interface OrgFormValues {
  name: string;
  regionCode: string;
}

interface OrgFormModalProps {
  mode: OrgFormMode;
  onClose: () => void;
  /** Called with the id of the parent whose children changed. */
  onSaved: (parentId: OrgId | null) => void;
}

export function OrgFormModal({ mode, onClose, onSaved }: OrgFormModalProps) {
  const [form] = Form.useForm<OrgFormValues>();
  const level = mode.kind === 'create' ? childLevel[mode.parent.level] : mode.org.level;
  const codeLength = level ? regionCodeLength[level] : 6;
  const inheritedPrefix = mode.kind === 'create' && codeLength > 6 ? mode.parent.regionCode : undefined;

  const save = useMutation({
    mutationFn: async (values: OrgFormValues) => {
      if (mode.kind === 'edit') return updateOrg(mode.org.id, { name: values.name });
      if (!level) throw new Error('社区/行政村下不能再新增机构');
      return createOrg({ parentId: mode.parent.id, level, ...values });
    },
    onSuccess: () => onSaved(mode.kind === 'create' ? mode.parent.id : mode.org.parentId),
    onError: (error) => applyFieldErrors(form, error),
  });

  return (
    <Modal
      open
      title={mode.kind === 'create' ? `新增下级机构（${mode.parent.name}）` : `编辑机构：${mode.org.name}`}
      okText="保存"
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<OrgFormValues>
        form={form}
        layout="vertical"
        initialValues={
          mode.kind === 'edit'
            ? { name: mode.org.name, regionCode: mode.org.regionCode }
            : { regionCode: inheritedPrefix }
        }
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item label="机构层级">{level ? orgLevelLabels[level] : '—'}</Form.Item>
        <Form.Item
          name="name"
          label="机构名称"
          rules={[
            { required: true, whitespace: true, message: '请输入机构名称' },
            { min: 2, max: 60, message: '机构名称应为 2 至 60 个字符' },
          ]}
        >
          <Input data-testid="org-name" />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label="行政区划代码"
          rules={[
            { required: true, message: '请输入行政区划代码' },
            { pattern: new RegExp(`^\\d{${codeLength}}$`), message: `行政区划代码应为 ${codeLength} 位数字` },
            {
              validator: async (_rule, value: string | undefined) => {
                if (value && inheritedPrefix && !value.startsWith(inheritedPrefix))
                  throw new Error(`行政区划代码应以上级代码 ${inheritedPrefix} 开头`);
              },
            },
          ]}
        >
          <Input disabled={mode.kind === 'edit'} data-testid="org-region-code" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
