import { Button, Card, DatePicker, Form, Input, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { EmptyState } from '../../../../app/ui/empty-state';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { addInternship, type FileDetail } from '../files-api';
import type { FileDialogProps } from './file-actions';

type Internship = FileDetail['internships'][number];
interface InternshipValues {
  hostName: string;
  startsOn: Dayjs;
  endsOn?: Dayjs;
  note?: string;
}

function InternshipModal({ file, onClose, onSaved }: FileDialogProps) {
  const [form] = Form.useForm<InternshipValues>();
  const save = useFormSave(form, {
    mutationFn: (v: InternshipValues) =>
      addInternship(file.id, {
        hostName: v.hostName,
        employerId: null,
        startsOn: v.startsOn.format('YYYY-MM-DD'),
        endsOn: v.endsOn ? v.endsOn.format('YYYY-MM-DD') : null,
        note: v.note?.trim() || null,
      }),
    successMessage: '已记录见习',
    onSaved,
  });
  return (
    <FormModal
      title="记录创业见习"
      form={form}
      saving={save.isPending}
      submitTestId="internship-save"
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="hostName"
          label="见习单位或见习基地"
          rules={[{ required: true, whitespace: true, message: '请填写见习单位或基地' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="startsOn" label="开始日期" rules={[{ required: true, message: '请选择开始日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="endsOn" label="结束日期" extra="仍在见习的可不填">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label="见习岗位及结果">
          <Input.TextArea maxLength={500} rows={3} placeholder="如：店长助理；见习期满留用" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 创业见习 on a trainee's file: where, when, the post and how it ended; the station records new ones. */
export function InternshipsCard({
  file,
  editable,
  onSaved,
}: {
  file: FileDetail;
  editable: boolean;
  onSaved: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Card
      title={
        <Typography.Title level={5} style={{ margin: 0 }}>
          创业见习
        </Typography.Title>
      }
      extra={
        editable && (
          <Button onClick={() => setOpen(true)} data-testid="internship-add">
            记录见习
          </Button>
        )
      }
    >
      <Table<Internship>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={file.internships}
        locale={{ emptyText: <EmptyState description="暂无见习记录" /> }}
        data-testid="internships-table"
        columns={[
          { title: '见习单位或基地', dataIndex: 'hostName', key: 'host' },
          { title: '开始日期', dataIndex: 'startsOn', key: 'startsOn' },
          {
            title: '结束日期',
            dataIndex: 'endsOn',
            key: 'endsOn',
            render: (d: string | null) => d ?? '见习中',
          },
          {
            title: '岗位及结果',
            dataIndex: 'note',
            key: 'note',
            render: (n: string | null) => n ?? '—',
          },
        ]}
      />
      {open && (
        <InternshipModal
          file={file}
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            onSaved();
          }}
        />
      )}
    </Card>
  );
}
