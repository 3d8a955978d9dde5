import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { formatInstant } from '../../../app/format/date-time';
import { FormModal, useFormSave } from '../../../app/ui/form-modal';
import { type DeploymentDocument, type DocumentBody, deploymentKey, saveDocument } from '../deployment-api';

function DocumentModal({ document, onClose }: { document: DeploymentDocument; onClose: () => void }) {
  const [form] = Form.useForm<DocumentBody>();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: (values: DocumentBody) =>
      saveDocument(document.id, { number: values.number || null, title: values.title || null }),
    successMessage: '文件名称已保存',
    onSaved: () => {
      queryClient.invalidateQueries({ queryKey: deploymentKey });
      queryClient.invalidateQueries({ queryKey: ['policies'] });
      onClose();
    },
  });
  return (
    <FormModal
      title={`设置文号：${document.title}`}
      form={form}
      saving={save.isPending}
      submitTestId="document-save"
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ number: document.setting?.number ?? '', title: document.setting?.title ?? '' }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item name="number" label="文号" extra={`原文：${document.number ?? '未载文号'}；留空则用原文`}>
          <Input maxLength={60} placeholder="如：肥政发〔2009〕12号" data-testid="document-number" />
        </Form.Item>
        <Form.Item name="title" label="文件标题" extra="留空则用登记的标题">
          <Input maxLength={200} placeholder={document.title} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/**
 * 政策文件: how citations and printed notices name each document, with the 文号 and title this
 * deployment sets where the source text has none (or names it otherwise).
 */
export function DocumentsCard({ documents }: { documents: DeploymentDocument[] }) {
  const [editing, setEditing] = useState<DeploymentDocument | null>(null);
  const columns: ColumnsType<DeploymentDocument> = [
    { title: '引用名称', dataIndex: 'citedAs', key: 'citedAs' },
    {
      title: '原文文号',
      key: 'number',
      width: 180,
      render: (_: unknown, d) => d.number ?? <Typography.Text type="warning">未载文号</Typography.Text>,
    },
    {
      title: '本部署设置',
      key: 'setting',
      width: 220,
      render: (_: unknown, d) =>
        d.setting ? `${d.setting.setByName ?? '—'} ${formatInstant(d.setting.setAt)}` : '—',
    },
    { title: '政策', key: 'policies', render: (_: unknown, d) => d.policies.join('、') || '—' },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_: unknown, d) => (
        <Button size="small" onClick={() => setEditing(d)} data-testid={`document-edit-${d.id}`}>
          设置
        </Button>
      ),
    },
  ];
  return (
    <Card title="政策文件">
      <Typography.Paragraph type="secondary">
        引用和打印的文书按「《文件标题》（文号）」称呼政策文件。原文未载文号的，请按本地印发的文件填写。
      </Typography.Paragraph>
      <Table<DeploymentDocument>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={documents}
        pagination={false}
        data-testid="documents-table"
      />
      {editing ? <DocumentModal document={editing} onClose={() => setEditing(null)} /> : null}
    </Card>
  );
}
