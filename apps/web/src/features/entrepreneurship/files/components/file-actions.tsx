import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { expertsKey, fetchExperts } from '../../experts/experts-api';
import {
  addFollowUp,
  businessStateLabels,
  type FileDetail,
  type FollowUpBody,
  followUpKindLabels,
  industryLabels,
  type PlanBody,
  rateExpert,
  setMentor,
  submitPlan,
} from '../files-api';
import { InvestmentJobsFields } from './investment-fields';

type PlanValues = Omit<PlanBody, 'submittedOn' | 'summary'> & { submittedOn: Dayjs; summary?: string };
type FollowUpValues = Omit<FollowUpBody, 'onDate' | 'expertId'> & { onDate: Dayjs; expertId?: string };
/** The props of a dialog that records something on a file. */
export interface FileDialogProps {
  file: FileDetail;
  onClose: () => void;
  onSaved: () => void;
}
type Dialog = 'plan' | 'follow-up' | 'mentor' | 'rating' | null;
const day = (d: Dayjs) => d.format('YYYY-MM-DD');
const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

function useExpertOptions() {
  const experts = useQuery({ queryKey: expertsKey, queryFn: fetchExperts });
  return (experts.data ?? [])
    .filter((e) => e.status === 'active')
    .map((e) => ({ value: e.id, label: `${e.name}（${e.field}）` }));
}

function PlanModal({ file, onClose, onSaved }: FileDialogProps) {
  const [form] = Form.useForm<PlanValues>();
  const save = useFormSave(form, {
    mutationFn: (v: PlanValues) =>
      submitPlan(file.id, { ...v, submittedOn: day(v.submittedOn), summary: v.summary || null }),
    successMessage: '计划书已提交，请上传计划书文件并指派评审专家',
    onSaved,
  });
  return (
    <FormModal
      title="提交创业计划书"
      form={form}
      saving={save.isPending}
      submitTestId="plan-save"
      onClose={onClose}
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ industry: 'other', serviceSector: true }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="title" label="项目名称" rules={[{ required: true, message: '请填写项目名称' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="sector" label="所属行业（文字）" rules={[{ required: true, message: '请填写行业' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="industry" label="贴息限制行业" rules={[{ required: true }]}>
          <Select options={options(industryLabels)} />
        </Form.Item>
        <Form.Item name="serviceSector" label="服务业" valuePropName="checked">
          <Switch />
        </Form.Item>
        <InvestmentJobsFields jobsName="plannedJobs" jobsLabel="计划带动就业（人）" />
        <Form.Item name="submittedOn" label="提交日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="summary" label="摘要">
          <Input.TextArea maxLength={2000} rows={3} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

function FollowUpModal({ file, onClose, onSaved }: FileDialogProps) {
  const [form] = Form.useForm<FollowUpValues>();
  const experts = useExpertOptions();
  const save = useFormSave(form, {
    mutationFn: (v: FollowUpValues) =>
      addFollowUp(file.id, { ...v, onDate: day(v.onDate), expertId: v.expertId ?? null }),
    successMessage: '已记录跟踪指导',
    onSaved,
  });
  return (
    <FormModal
      title="记录跟踪指导"
      form={form}
      saving={save.isPending}
      submitTestId="follow-up-save"
      onClose={onClose}
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'visit' }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="onDate" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="kind" label="方式" rules={[{ required: true }]}>
          <Select options={options(followUpKindLabels)} />
        </Form.Item>
        <Form.Item name="expertId" label="参与专家">
          <Select allowClear options={experts} />
        </Form.Item>
        <Form.Item
          name="businessState"
          label="经营状态"
          rules={[{ required: true, message: '请选择经营状态' }]}
        >
          <Select options={options(businessStateLabels)} />
        </Form.Item>
        <Form.Item name="note" label="情况记录" rules={[{ required: true, message: '请填写情况' }]}>
          <Input.TextArea maxLength={1000} rows={3} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

function ExpertModal({
  file,
  mode,
  onClose,
  onSaved,
}: {
  file: FileDetail;
  mode: 'mentor' | 'rating';
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm();
  const experts = useExpertOptions();
  const save = useFormSave(form, {
    mutationFn: (v: { expertId: string; score?: number }) =>
      mode === 'mentor'
        ? setMentor(file.id, { expertId: v.expertId, version: file.version })
        : rateExpert(file.id, { expertId: v.expertId, score: v.score ?? 5 }),
    successMessage: mode === 'mentor' ? '已指派创业导师' : '已记录评价',
    onSaved,
  });
  return (
    <FormModal
      title={mode === 'mentor' ? '指派创业导师' : '学员评价专家'}
      form={form}
      saving={save.isPending}
      submitTestId="expert-save"
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="expertId" label="专家" rules={[{ required: true, message: '请选择专家' }]}>
          <Select options={experts} />
        </Form.Item>
        {mode === 'rating' && (
          <Form.Item name="score" label="评分（1–5）" rules={[{ required: true, message: '请评分' }]}>
            <InputNumber min={1} max={5} precision={0} />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}

/** The station's actions on a file, each in its own dialog. */
export function FileActions({ file, onSaved }: { file: FileDetail; onSaved: () => void }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const saved = () => {
    close();
    onSaved();
  };
  // A file whose plan was found feasible, or whose trainee has opened a business, is past that step.
  const planSettled = file.plans[0]?.status === 'approved';
  const opened = file.timeline.some((e) => e.kind === 'business');
  return (
    <Space wrap>
      {!planSettled && (
        <Button onClick={() => setDialog('plan')} data-testid="file-plan">
          提交计划书
        </Button>
      )}
      <Button onClick={() => setDialog('follow-up')} data-testid="file-follow-up">
        跟踪指导
      </Button>
      {!opened && (
        <Link to={`/entrepreneurship/businesses/new?fileId=${file.id}`} data-testid="file-business">
          <Button>登记开业</Button>
        </Link>
      )}
      <Button onClick={() => setDialog('mentor')}>指派导师</Button>
      <Button onClick={() => setDialog('rating')}>评价专家</Button>
      {dialog === 'plan' && <PlanModal file={file} onClose={close} onSaved={saved} />}
      {dialog === 'follow-up' && <FollowUpModal file={file} onClose={close} onSaved={saved} />}
      {(dialog === 'mentor' || dialog === 'rating') && (
        <ExpertModal file={file} mode={dialog} onClose={close} onSaved={saved} />
      )}
    </Space>
  );
}
