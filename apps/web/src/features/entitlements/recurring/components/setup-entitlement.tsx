import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { applyServerErrors } from '../../../../app/ui/form-errors';
import { approvedStatuses } from '../../../cases/case-labels';
import type { CaseDetail } from '../../../cases/case-types';
import {
  createEntitlement,
  entitlementsKey,
  fetchHolderPosts,
  type PeriodKind,
  periodKindLabels,
  type RecurringPolicy,
  useRecurringPolicies,
} from '../recurring-api';

interface Values {
  periodKind: PeriodKind;
  startMonth: Dayjs;
  endMonth?: Dayjs | null;
  postId?: string;
  retirementCategory?: 'female_cadre' | 'female_worker';
}

type Frozen = { person?: { gender?: string; name?: string }; period?: { toMonth?: string } };

const nextMonth = (ym: string | undefined) => (ym ? dayjs(`${ym}-01`).add(1, 'month') : undefined);

/** The open posts whose holder's name starts with what is typed (the case's person at first). */
function PostPicker({
  holder,
  value,
  onChange,
  id,
}: {
  holder: string;
  value?: string;
  onChange?: (v?: string) => void;
  /** Given by Form.Item, so that its label names the control. */
  id?: string;
}) {
  const [q, setQ] = useState(holder);
  const posts = useQuery({
    queryKey: [...entitlementsKey, 'holder-posts', q],
    queryFn: () => fetchHolderPosts(q),
    enabled: q.trim().length > 0,
  });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim() || holder) }}
      allowClear
      value={value}
      onChange={onChange}
      loading={posts.isFetching}
      placeholder="输入在岗人员姓名查找"
      notFoundContent={posts.isFetching ? '查找中…' : '未找到在岗的公益性岗位'}
      options={(posts.data?.items ?? []).map((p) => ({
        value: p.id,
        label: `${p.title}（${p.employerName}，${p.holderName} ${p.holderIdNumberMasked}，${p.startOn} 起）`,
      }))}
      data-testid="entitlement-post"
    />
  );
}

function SetupModal({
  detail,
  recurring,
  onClose,
}: {
  detail: CaseDetail;
  recurring: RecurringPolicy;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const input = (detail.frozenFacts?.input ?? {}) as Frozen;
  const woman = input.person?.gender === 'female';
  // the post's employer files each period's claim: the holder's post is named
  const publicWelfare = recurring.applicant === 'post_employer';
  const kinds = recurring.periodKinds;
  const holder = detail.person?.name ?? input.person?.name ?? '';
  const save = useMutation({
    mutationFn: (v: Values) =>
      createEntitlement({
        caseId: detail.id,
        periodKind: v.periodKind,
        startMonth: v.startMonth.format('YYYY-MM'),
        endMonth: v.endMonth ? v.endMonth.format('YYYY-MM') : undefined,
        postId: v.postId,
        retirementCategory: v.retirementCategory,
      }),
    onSuccess: (e) => {
      message.success('已设为定期发放');
      void queryClient.invalidateQueries({ queryKey: entitlementsKey });
      onClose();
      navigate(`/entitlements/${e.id}`);
    },
    onError: (error) => {
      if (!applyServerErrors(form, error)) message.error(error.message);
    },
  });
  return (
    <Modal
      open
      title="设为定期发放"
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'entitlement-setup-save' }}
    >
      <Typography.Paragraph type="secondary">
        批准后按期发放：每期生成发放名单时对照登记信息核查停发情形，仍符合的自动生成当期申领案件。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ periodKind: 'monthly', startMonth: nextMonth(input.period?.toMonth) }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="periodKind" label="发放周期" rules={[{ required: true }]}>
          <Radio.Group
            options={kinds.map((k) => ({ value: k, label: periodKindLabels[k] }))}
            data-testid="entitlement-period-kind"
          />
        </Form.Item>
        <Form.Item
          name="startMonth"
          label="起始月份"
          extra={input.period?.toMonth ? `须晚于本案申领的 ${input.period.toMonth}` : undefined}
          rules={[{ required: true, message: '请选择起始月份' }]}
        >
          <DatePicker picker="month" data-testid="entitlement-start-month" />
        </Form.Item>
        <Form.Item name="endMonth" label="终止月份" extra="不填：发放至出现停发情形">
          <DatePicker picker="month" data-testid="entitlement-end-month" />
        </Form.Item>
        {publicWelfare && (
          <Form.Item
            name="postId"
            label="公益性岗位"
            rules={[{ required: true, message: '请选择公益性岗位' }]}
          >
            <PostPicker holder={holder} />
          </Form.Item>
        )}
        {woman && (
          <Form.Item
            name="retirementCategory"
            label="退休年龄类别"
            extra="用于判断是否达到法定退休年龄"
            rules={[{ required: true, message: '请选择退休年龄类别' }]}
          >
            <Radio.Group
              options={[
                { value: 'female_cadre', label: '女干部' },
                { value: 'female_worker', label: '女工人' },
              ]}
              data-testid="entitlement-retirement-category"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/**
 * On the case page: an approved-or-later case of a recurring policy can be set up as a recurring
 * entitlement (设为定期发放) by those with entitlement:manage.
 */
export function SetupEntitlement({ detail }: { detail: CaseDetail }) {
  const can = usePermissions();
  const [open, setOpen] = useState(false);
  const manage = can('entitlement:manage');
  const recurring = useRecurringPolicies(manage).find((p) => p.id === detail.policyId);
  if (!recurring || !approvedStatuses.has(detail.status) || !manage) return null;
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="本项待遇可按月或按季定期发放"
        action={
          <Button size="small" type="primary" onClick={() => setOpen(true)} data-testid="entitlement-setup">
            设为定期发放
          </Button>
        }
      />
      {open && <SetupModal detail={detail} recurring={recurring} onClose={() => setOpen(false)} />}
    </>
  );
}
