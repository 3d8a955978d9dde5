import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../../../app/api-error';
import { type ClassView, classesKey, closeClass, reviewClass, startClass } from '../classes-api';

/** The steps the viewer may take on the class now (the server lists them in `availableActions`). */
export function ClassActions({ cls }: { cls: ClassView }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'approve' | 'reject' | 'close' | null>(null);
  const [text, setText] = useState('');
  const done = (what: string) => () => {
    message.success(what);
    setDialog(null);
    setText('');
    void queryClient.invalidateQueries({ queryKey: classesKey });
  };
  const fail = (e: Error) => message.error(errorMessage(e));
  const review = useMutation({
    mutationFn: (approve: boolean) =>
      reviewClass(cls.id, { version: cls.version, approve, ...(text.trim() ? { note: text.trim() } : {}) }),
    onSuccess: (_d, approve) => done(approve ? '已批准开班' : '已决定不予开班')(),
    onError: fail,
  });
  const start = useMutation({
    mutationFn: () => startClass(cls.id, cls.version),
    onSuccess: done('已开课'),
    onError: fail,
  });
  const close = useMutation({
    mutationFn: () => closeClass(cls.id, { version: cls.version, report: text }),
    onSuccess: done('已结业，学员结业情况已按出勤判定'),
    onError: fail,
  });
  const can = (a: ClassView['availableActions'][number]) => cls.availableActions.includes(a);
  return (
    <Space wrap>
      {can('edit') && (
        <Link to={`/training/classes/${cls.id}/edit`}>
          <Button data-testid="class-edit">修改申请</Button>
        </Link>
      )}
      {can('review') && (
        <>
          <Button type="primary" onClick={() => setDialog('approve')} data-testid="class-approve">
            批准开班
          </Button>
          <Button danger onClick={() => setDialog('reject')} data-testid="class-reject">
            不予开班
          </Button>
        </>
      )}
      {can('start') && (
        <Popconfirm title="确认开课？" onConfirm={() => start.mutate()}>
          <Button type="primary" loading={start.isPending} data-testid="class-start">
            开课
          </Button>
        </Popconfirm>
      )}
      {can('close') && (
        <Button type="primary" onClick={() => setDialog('close')} data-testid="class-close">
          结业
        </Button>
      )}
      <Modal
        open={dialog !== null}
        title={{ approve: '批准开班', reject: '不予开班', close: '结业报告' }[dialog ?? 'approve']}
        okText="确定"
        confirmLoading={review.isPending || close.isPending}
        okButtonProps={{ 'data-testid': 'class-dialog-ok', disabled: dialog !== 'approve' && !text.trim() }}
        onOk={() => (dialog === 'close' ? close.mutate() : review.mutate(dialog === 'approve'))}
        onCancel={() => setDialog(null)}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item
            label={
              dialog === 'close'
                ? '结业报告（教学完成情况、考核鉴定情况等）'
                : dialog === 'reject'
                  ? '不予开班的理由'
                  : '审批意见（可不填）'
            }
            required={dialog !== 'approve'}
          >
            <Input.TextArea
              rows={4}
              maxLength={dialog === 'close' ? 5000 : 500}
              value={text}
              onChange={(e) => setText(e.target.value)}
              data-testid="class-dialog-text"
            />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
