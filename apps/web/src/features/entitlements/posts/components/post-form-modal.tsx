import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { afterBureauMonth, afterBureauToday } from '../../../../app/bureau-clock';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { EmployerPicker } from '../../../cases/components/employer-picker';
import { PersonPicker } from '../../../households/components/person-picker';
import { type PostKind, postKindOptions, postsKey, registerPost } from '../posts-api';

interface Values {
  employerId: string;
  holderPersonId: string;
  title: string;
  kind: PostKind;
  startOn: Dayjs;
  continuousSinceMonth?: Dayjs | null;
}

/** 登记岗位: the employer and the holder (a 就业困难人员) from the registry, the post and its start. */
export function PostFormModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: (v: Values) =>
      registerPost({
        employerId: v.employerId,
        holderPersonId: v.holderPersonId,
        title: v.title.trim(),
        kind: v.kind,
        startOn: v.startOn.format('YYYY-MM-DD'),
        continuousSinceMonth: v.continuousSinceMonth ? v.continuousSinceMonth.format('YYYY-MM') : null,
      }).then((post) => {
        void queryClient.invalidateQueries({ queryKey: postsKey });
        navigate(`/entitlements/posts/${post.id}`);
      }),
    successMessage: '岗位已登记',
    conflictField: 'holderPersonId',
    onSaved: onClose,
  });
  return (
    <FormModal
      title="登记公益性岗位"
      form={form}
      saving={save.isPending}
      submitTestId="post-save"
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        公益性岗位只能安排已认定的就业困难人员，补贴期限一般不超过3年（三(三)2）。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'public_welfare' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="employerId" label="用人单位" rules={[{ required: true, message: '请选择用人单位' }]}>
          <EmployerPicker data-testid="post-employer" />
        </Form.Item>
        <Form.Item
          name="holderPersonId"
          label="安排人员"
          rules={[{ required: true, message: '请选择已认定的就业困难人员' }]}
        >
          <PersonPicker data-testid="post-holder" />
        </Form.Item>
        <Form.Item
          name="title"
          label="岗位名称"
          rules={[
            { required: true, whitespace: true, message: '请填写岗位名称' },
            { min: 2, max: 50, message: '岗位名称为2至50字' },
          ]}
        >
          <Input maxLength={50} placeholder="如：社区保洁员" data-testid="post-title" />
        </Form.Item>
        <Form.Item name="kind" label="岗位类别" rules={[{ required: true, message: '请选择岗位类别' }]}>
          <Select options={postKindOptions} data-testid="post-kind" />
        </Form.Item>
        <Form.Item name="startOn" label="上岗日期" rules={[{ required: true, message: '请选择上岗日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={afterBureauToday} data-testid="post-start" />
        </Form.Item>
        <Form.Item
          name="continuousSinceMonth"
          label="连续就业首个补贴月份"
          extra="此前已在公益性岗位连续就业的，填首个补贴月份；不填按上岗月份起算3年"
        >
          <DatePicker
            picker="month"
            style={{ width: '100%' }}
            disabledDate={afterBureauMonth}
            data-testid="post-since"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
