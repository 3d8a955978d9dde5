import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Typography } from 'antd';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { approveExtension, type PostDetail, postsKey } from '../posts-api';

/** 同意延长: the reviewer's discretionary decision for a "4050" holder (三(三)2 "可适当延长"). */
export function ExtensionModal({ post, onClose }: { post: PostDetail; onClose: () => void }) {
  const [form] = Form.useForm<{ note: string }>();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: (v: { note: string }) =>
      approveExtension(post.id, { version: post.version, note: v.note.trim() }).then(() =>
        queryClient.invalidateQueries({ queryKey: postsKey }),
      ),
    successMessage: '已同意延长补贴期限',
    conflictField: 'note',
    onSaved: onClose,
  });
  return (
    <FormModal
      title={`同意延长补贴期限：${post.holderName}`}
      form={form}
      saving={save.isPending}
      submitTestId="post-extension-save"
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        {`一般补贴期限至${post.generalEndMonth}。${post.is4050Reason}。“4050”人员在公益性岗位连续就业超过3年的，补贴期限可适当延长（三(三)2），须经审核同意。`}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="note"
          label="审核意见"
          rules={[
            { required: true, whitespace: true, message: '请填写审核意见' },
            { min: 2, max: 500, message: '审核意见为2至500字' },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="post-extension-note" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
