import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { bureauToday } from '../../../../app/bureau-clock';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { allocateExaminees, type PlanDetail, type PlanEmployer, plansKey } from '../plans-api';
import { TargetFields, type TargetKind, targetOf } from './target-fields';

interface Values {
  kind: TargetKind;
  employerId?: string;
  hospitalId: string;
  scheduledOn: Dayjs;
}

/** 分配医院和日期: books the selected examinees or an employer's unallocated ones at a hospital on a day. */
export function AllocateModal({
  plan,
  employers,
  selectedIds,
  onClose,
}: {
  plan: PlanDetail;
  employers: PlanEmployer[];
  selectedIds: string[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: (v: Values) =>
      allocateExaminees(plan.id, {
        hospitalId: v.hospitalId,
        scheduledOn: v.scheduledOn.format('YYYY-MM-DD'),
        target: targetOf(v, selectedIds) as Exclude<ReturnType<typeof targetOf>, { kind: 'all' }>,
      }),
    successMessage: '已分配体检医院和日期',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: plansKey });
      onClose();
    },
  });
  return (
    <FormModal
      title="分配医院和日期"
      form={form}
      saving={save.isPending}
      submitTestId="allocate-save"
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: selectedIds.length > 0 ? 'examinees' : 'employer' }}
        onFinish={(v) => save.mutate(v)}
      >
        <TargetFields employers={employers} selected={selectedIds.length} />
        <Form.Item name="hospitalId" label="体检医院" rules={[{ required: true, message: '请选择体检医院' }]}>
          <Select
            aria-label="体检医院"
            options={plan.hospitals.map((h) => ({
              value: h.id,
              label: `${h.name}（计划日均受检 ${h.plannedDailyVolume} 人）`,
            }))}
            notFoundContent="暂无已确定的体检定点医院"
          />
        </Form.Item>
        <Form.Item
          name="scheduledOn"
          label="体检日期"
          extra={`计划期间 ${plan.startOn} 至 ${plan.endOn}`}
          rules={[{ required: true, message: '请选择体检日期' }]}
        >
          <DatePicker
            disabledDate={(d) => {
              const day = d.format('YYYY-MM-DD');
              return day < plan.startOn || day > plan.endOn || day < bureauToday();
            }}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
