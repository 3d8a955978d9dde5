import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { afterBureauToday } from '../../../../app/bureau-clock';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { endPost, type PostDetail, postsKey } from '../posts-api';

interface Values {
  endedOn: Dayjs;
  reason: string;
}

/** 结束岗位: the last day on the post and why (2–200 字); the holder may then take another post. */
export function EndPostModal({ post, onClose }: { post: PostDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: (v: Values) =>
      endPost(post.id, {
        version: post.version,
        endedOn: v.endedOn.format('YYYY-MM-DD'),
        reason: v.reason.trim(),
      }).then(() => queryClient.invalidateQueries({ queryKey: postsKey })),
    successMessage: '岗位已结束',
    onSaved: onClose,
  });
  return (
    <FormModal
      title={`结束岗位：${post.holderName}（${post.title}）`}
      form={form}
      saving={save.isPending}
      submitTestId="post-end-save"
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="endedOn" label="结束日期" rules={[{ required: true, message: '请选择结束日期' }]}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => afterBureauToday(d) || d.format('YYYY-MM-DD') < post.startOn}
            data-testid="post-end-date"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label="结束原因"
          rules={[
            { required: true, whitespace: true, message: '请填写结束原因' },
            { min: 2, max: 200, message: '结束原因为2至200字' },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={200}
            showCount
            placeholder="如：劳动合同期满不再续签"
            data-testid="post-end-reason"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
