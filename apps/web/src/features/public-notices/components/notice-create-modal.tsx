import { useQuery } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, Select, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { bureauTodayDay } from '../../../app/bureau-clock';
import { formatFen } from '../../../app/format/money';
import { EmptyState } from '../../../app/ui/empty-state';
import { FormModal, useFormSave } from '../../../app/ui/form-modal';
import { createNotice, fetchApprovedCases, fetchNoticeCaseTypes } from '../notice-api';
import type { ApprovedCase, NoticeDetail } from '../notice-types';

interface Values {
  caseTypeId: string;
  title: string;
  body?: string;
  startsOn: Dayjs;
  endsOn: Dayjs;
  cases?: string;
}

const caseColumns = [
  { title: '案件编号', dataIndex: 'number', key: 'number' },
  { title: '申请人', dataIndex: 'applicantName', key: 'applicantName' },
  {
    title: '核定金额',
    dataIndex: 'approvedAmountFen',
    key: 'amount',
    render: (fen: number | null) => formatFen(fen),
  },
  { title: '所属机构', dataIndex: ['org', 'name'], key: 'org' },
];

/** New public notice: a type that needs one, its approved cases, title and period. */
export function NoticeCreateModal({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (n: NoticeDetail) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [selected, setSelected] = useState<ApprovedCase[]>([]);
  const caseTypeId = Form.useWatch('caseTypeId', form);
  const types = useQuery({ queryKey: ['case-types'], queryFn: fetchNoticeCaseTypes, staleTime: 60_000 });
  const noticeTypes = (types.data ?? []).filter((t) => t.requiresPublicNotice);
  const approved = useQuery({
    queryKey: ['cases', 'approved-for-notice', caseTypeId],
    queryFn: () => fetchApprovedCases(caseTypeId),
    enabled: Boolean(caseTypeId),
  });
  const save = useFormSave(form, {
    mutationFn: (v: Values) =>
      createNotice({
        caseTypeId: v.caseTypeId,
        title: v.title,
        body: v.body || null,
        startsOn: v.startsOn.format('YYYY-MM-DD'),
        endsOn: v.endsOn.format('YYYY-MM-DD'),
        cases: selected.map((c) => ({ id: c.id, version: c.version })),
      }).then(onCreated),
    successMessage: '公示已发布',
    conflictField: 'cases',
    onSaved: () => undefined,
  });
  const noticeDays = noticeTypes.find((t) => t.id === caseTypeId)?.publicNoticeDays;

  return (
    <FormModal
      title="新建公示"
      form={form}
      saving={save.isPending}
      submitTestId="notice-create-save"
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ startsOn: bureauTodayDay() }}
        onFinish={(v) => {
          if (selected.length === 0) {
            form.setFields([{ name: 'cases', errors: ['请选择至少一件已批准的案件'] }]);
            return;
          }
          save.mutate(v);
        }}
        onValuesChange={(changed: Partial<Values>) => {
          if ('caseTypeId' in changed) {
            setSelected([]);
            const name = noticeTypes.find((t) => t.id === changed.caseTypeId)?.name;
            if (name && !form.getFieldValue('title'))
              form.setFieldValue('title', `${name}拟享受人员名单公示`);
          }
        }}
      >
        <Form.Item name="caseTypeId" label="事项" rules={[{ required: true, message: '请选择需公示的事项' }]}>
          <Select
            loading={types.isPending}
            options={noticeTypes.map((t) => ({ value: t.id, label: t.name }))}
            placeholder="需公示的事项"
            notFoundContent={<EmptyState description="没有需要公示的事项" />}
            data-testid="notice-create-type"
          />
        </Form.Item>
        {noticeDays !== undefined && noticeDays > 0 ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={`公示期不少于 ${noticeDays} 个工作日`}
          />
        ) : null}
        <Form.Item name="cases" label={`公示对象（已选 ${selected.length} 件）`}>
          <Table<ApprovedCase>
            rowKey="id"
            size="small"
            columns={caseColumns}
            dataSource={approved.data?.items}
            loading={approved.isFetching}
            pagination={false}
            scroll={{ y: 240 }}
            locale={{
              emptyText: (
                <EmptyState description={caseTypeId ? '该事项没有待公示的已批准案件' : '请先选择事项'} />
              ),
            }}
            rowSelection={{
              selectedRowKeys: selected.map((c) => c.id),
              onChange: (_keys, rows) => {
                setSelected(rows);
                form.setFields([{ name: 'cases', errors: [] }]);
              },
            }}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label="公示标题"
          rules={[{ required: true, whitespace: true, message: '请填写公示标题' }]}
        >
          <Input maxLength={200} data-testid="notice-create-title" />
        </Form.Item>
        <Form.Item name="body" label="公示说明">
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item
          name="startsOn"
          label="公示开始日期"
          rules={[{ required: true, message: '请选择开始日期' }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="endsOn" label="公示结束日期" rules={[{ required: true, message: '请选择结束日期' }]}>
          <DatePicker style={{ width: '100%' }} data-testid="notice-create-ends" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
