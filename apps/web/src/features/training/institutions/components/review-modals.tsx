import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { bureauTodayDay } from '../../../../app/bureau-clock';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import {
  designate,
  fetchAccounts,
  fetchSettings,
  type InstitutionDetail,
  institutionsKey,
  linkStaff,
  pass,
  reject,
  type SuperviseBody,
  supervise,
} from '../institutions-api';

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

function useSaved(onClose: () => void) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: institutionsKey });
    void queryClient.invalidateQueries({ queryKey: ['public-notices'] });
    onClose();
  };
}

interface PassValues {
  title?: string;
  startsOn: Dayjs;
  endsOn: Dayjs;
}

/** 审核通过: publishes the institution's 公示 for at least the set number of working days. */
export function PassModal({
  institution: i,
  onClose,
}: {
  institution: InstitutionDetail;
  onClose: () => void;
}) {
  const [form] = Form.useForm<PassValues>();
  const settings = useQuery({ queryKey: [...institutionsKey, 'settings'], queryFn: fetchSettings });
  const save = useFormSave(form, {
    mutationFn: (v: PassValues) =>
      pass(i.id, {
        title: v.title || null,
        startsOn: day(v.startsOn),
        endsOn: day(v.endsOn),
        version: i.version,
      }),
    successMessage: '审核通过，公示已发布',
    onSaved: useSaved(onClose),
  });
  return (
    <FormModal
      title="审核通过并发布公示"
      form={form}
      saving={save.isPending}
      submitTestId="institution-pass-save"
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        按“条件公开、平等竞争、合理布局、择优认定、社会公示和公布”原则，认定前须公示。公示期不少于{' '}
        {settings.data?.noticeWorkingDays ?? '—'} 个工作日（首尾两日均计入）。
      </Typography.Paragraph>
      <Form<PassValues>
        form={form}
        layout="vertical"
        initialValues={{ startsOn: bureauTodayDay() }}
        onFinish={save.mutate}
      >
        <Form.Item name="title" label="公示标题" extra={`不填则为「拟认定定点培训机构公示（${i.name}）」`}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="startsOn"
          label="公示开始日期"
          rules={[{ required: true, message: '请选择开始日期' }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="endsOn" label="公示结束日期" rules={[{ required: true, message: '请选择结束日期' }]}>
          <DatePicker style={{ width: '100%' }} data-testid="institution-notice-ends" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 不予认定 with its reason. */
export function RejectModal({
  institution: i,
  onClose,
}: {
  institution: InstitutionDetail;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const save = useFormSave(form, {
    mutationFn: (v: { reason: string }) => reject(i.id, { reason: v.reason, version: i.version }),
    successMessage: '已作出不予认定决定',
    onSaved: useSaved(onClose),
  });
  return (
    <FormModal
      title="不予认定"
      form={form}
      saving={save.isPending}
      submitTestId="institution-reject-save"
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={save.mutate}>
        <Form.Item
          name="reason"
          label="理由"
          rules={[{ required: true, whitespace: true, message: '请填写理由' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 认定: after the notice period, with the validity starting on the chosen day. */
export function DesignateModal({
  institution: i,
  onClose,
}: {
  institution: InstitutionDetail;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ validFrom: Dayjs }>();
  const settings = useQuery({ queryKey: [...institutionsKey, 'settings'], queryFn: fetchSettings });
  const save = useFormSave(form, {
    mutationFn: (v: { validFrom: Dayjs }) =>
      designate(i.id, { validFrom: day(v.validFrom), version: i.version }),
    successMessage: '已认定为定点培训机构',
    onSaved: useSaved(onClose),
  });
  return (
    <FormModal
      title="认定为定点培训机构"
      form={form}
      saving={save.isPending}
      submitTestId="institution-designate-save"
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        公示期满且异议均已处理、无成立的异议方可认定；认定有效期 {settings.data?.validityYears ?? '—'} 年。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ validFrom: bureauTodayDay() }}
        onFinish={save.mutate}
      >
        <Form.Item
          name="validFrom"
          label="有效期开始日期"
          rules={[{ required: true, message: '请选择日期' }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

export const superviseLabels: Record<SuperviseBody['action'], string> = {
  order_rectify: '责令限期整改',
  rectified: '整改完成',
  suspend: '暂停定点资格',
  reinstate: '恢复定点资格',
  withdraw: '取消定点资格',
};

/** One supervision action with its reason (and the deadline of a rectification order). */
export function SuperviseModal({
  institution: i,
  action,
  onClose,
}: {
  institution: InstitutionDetail;
  action: SuperviseBody['action'];
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ reason: string; rectifyBy?: Dayjs }>();
  const save = useFormSave(form, {
    mutationFn: (v: { reason: string; rectifyBy?: Dayjs }) =>
      supervise(i.id, {
        action,
        reason: v.reason,
        ...(v.rectifyBy ? { rectifyBy: day(v.rectifyBy) } : {}),
        version: i.version,
      }),
    successMessage: `已${superviseLabels[action]}`,
    onSaved: useSaved(onClose),
  });
  return (
    <FormModal
      title={superviseLabels[action]}
      form={form}
      saving={save.isPending}
      submitTestId="institution-supervise-save"
      onClose={onClose}
    >
      {action === 'withdraw' && (
        <Typography.Paragraph type="danger">
          取消定点资格后不可恢复（整改无效的，取消其定点培训机构资格）。
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" onFinish={save.mutate}>
        <Form.Item
          name="reason"
          label="理由"
          rules={[{ required: true, whitespace: true, message: '请填写理由' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="institution-supervise-reason" />
        </Form.Item>
        {action === 'order_rectify' && (
          <Form.Item
            name="rectifyBy"
            label="整改期限"
            rules={[{ required: true, message: '请选择整改期限' }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}

/** 关联机构账号: an account holding the 培训机构 role. */
export function LinkStaffModal({
  institution: i,
  onClose,
}: {
  institution: InstitutionDetail;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ userId: string }>();
  const accounts = useQuery({ queryKey: [...institutionsKey, 'accounts'], queryFn: fetchAccounts });
  const free = (accounts.data ?? []).filter((u) => u.institutionId === null);
  const save = useFormSave(form, {
    mutationFn: (v: { userId: string }) => linkStaff(i.id, v.userId),
    successMessage: '账号已关联',
    onSaved: useSaved(onClose),
  });
  return (
    <FormModal
      title="关联机构账号"
      form={form}
      saving={save.isPending}
      submitTestId="institution-staff-save"
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={save.mutate}>
        {free.length === 0 && !accounts.isLoading ? (
          <Alert
            type="info"
            showIcon
            title="没有尚未关联机构的培训机构账号"
            description="请系统管理员先创建「培训机构」角色的账号，再回到这里关联。"
          />
        ) : (
          <Form.Item
            name="userId"
            label="账号（培训机构角色，尚未关联机构）"
            rules={[{ required: true, message: '请选择账号' }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              loading={accounts.isLoading}
              options={free.map((u) => ({ value: u.userId, label: `${u.displayName}（${u.username}）` }))}
              data-testid="institution-staff-user"
            />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
