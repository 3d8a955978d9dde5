import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, Modal, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { usePermissions } from '../../../app/auth/use-me';
import { afterBureauToday, bureauTodayDay } from '../../../app/bureau-clock';
import { EmptyState } from '../../../app/ui/empty-state';
import { applyFieldErrors } from '../../../app/ui/form-errors';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { useDictLabel } from '../../dicts/hooks/use-dict';
import {
  determineDifficulty,
  exitDifficulty,
  fetchDifficultyDeterminations,
  personRegistrationsKey,
} from '../registration-api';
import {
  type DifficultyCategory,
  type DifficultyDetermination,
  difficultyCategoryLabel,
  difficultyCategoryOptions,
  registrationDicts,
} from '../registration-types';
import { EndRecordModal } from './end-record-modal';

interface DetermineValues {
  category: DifficultyCategory;
  evidence: string;
  decidedOn: Dayjs;
}

function DetermineModal({
  personId,
  onClose,
  onSaved,
}: {
  personId: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<DetermineValues>();
  const save = useMutation({
    mutationFn: ({ decidedOn, ...rest }: DetermineValues) =>
      determineDifficulty(personId, { ...rest, decidedOn: decidedOn.format('YYYY-MM-DD') }),
    onSuccess: () => {
      message.success('已认定为就业困难人员');
      onSaved();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) message.error(error.message);
    },
  });
  return (
    <Modal
      open
      title="认定就业困难人员"
      okText="认定"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'difficulty-submit' }}
    >
      <Form<DetermineValues>
        form={form}
        layout="vertical"
        initialValues={{ decidedOn: bureauTodayDay() }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="category"
          label="人员类别（《关于进一步做好促进就业工作的实施意见》三(三)1）"
          rules={[{ required: true, message: '请选择人员类别' }]}
        >
          <Select options={difficultyCategoryOptions} data-testid="difficulty-category" />
        </Form.Item>
        <Form.Item
          name="evidence"
          label="认定依据（证明材料）"
          rules={[
            { required: true, whitespace: true, message: '请填写认定依据' },
            { max: 1000, message: '不能超过 1000 个字符' },
          ]}
        >
          <Input.TextArea rows={3} data-testid="difficulty-evidence" />
        </Form.Item>
        <Form.Item name="decidedOn" label="认定日期" rules={[{ required: true, message: '请选择认定日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={afterBureauToday} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The "就业困难认定" panel of the person page; deciding and exiting need `difficulty:decide`. */
export function DifficultyPanel({ personId }: { personId: string }) {
  const can = usePermissions();
  const queryClient = useQueryClient();
  const exitReason = useDictLabel(registrationDicts.difficultyExitReason);
  const [dialog, setDialog] = useState<'new' | DifficultyDetermination | null>(null);
  const key = personRegistrationsKey(personId);
  const q = useQuery({
    queryKey: [...key, 'difficulty'],
    queryFn: () => fetchDifficultyDeterminations(personId),
  });
  const decide = can('difficulty:decide');
  const done = () => {
    setDialog(null);
    void queryClient.invalidateQueries({ queryKey: key });
  };

  const columns: ColumnsType<DifficultyDetermination> = [
    {
      title: '人员类别',
      dataIndex: 'category',
      key: 'category',
      render: (c: string) => difficultyCategoryLabel(c),
    },
    { title: '认定依据', dataIndex: 'evidence', key: 'evidence', ellipsis: true },
    { title: '认定日期', dataIndex: 'decidedOn', key: 'decidedOn' },
    { title: '认定人', dataIndex: 'decidedByName', key: 'decidedBy' },
    {
      title: '退出',
      key: 'exit',
      render: (_, d) => (d.exitedOn ? `${d.exitedOn}（${exitReason(d.exitReason)}）` : '在册'),
    },
    ...(decide
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 80,
            render: (_: unknown, d: DifficultyDetermination) =>
              d.exitedOn ? null : (
                <Button type="link" size="small" onClick={() => setDialog(d)} data-testid="difficulty-exit">
                  退出
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      title="就业困难认定"
      data-testid="person-difficulty"
      extra={
        decide ? (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setDialog('new')}
            data-testid="difficulty-add"
          >
            认定
          </Button>
        ) : null
      }
    >
      <QueryErrorAlert error={q.error} onRetry={() => q.refetch()} />
      <Table<DifficultyDetermination>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={q.data?.items}
        loading={q.isPending}
        pagination={false}
        locale={{ emptyText: <EmptyState description="未认定为就业困难人员" /> }}
        data-testid="difficulty-table"
      />
      {dialog === 'new' ? (
        <DetermineModal personId={personId} onClose={() => setDialog(null)} onSaved={done} />
      ) : null}
      {dialog && dialog !== 'new' ? (
        <EndRecordModal
          title="就业困难人员退出"
          dateLabel="退出日期"
          reasonLabel="退出原因"
          reasonDict={registrationDicts.difficultyExitReason}
          startedOn={dialog.decidedOn}
          submit={(exitedOn, reason) =>
            exitDifficulty(dialog.id, { exitedOn, exitReason: reason, version: dialog.version })
          }
          onClose={() => setDialog(null)}
          onDone={done}
        />
      ) : null}
    </Card>
  );
}
