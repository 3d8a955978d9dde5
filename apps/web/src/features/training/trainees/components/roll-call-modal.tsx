import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Checkbox, DatePicker, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorMessage } from '../../../../app/api-error';
import { bureauToday } from '../../../../app/bureau-clock';
import { EmptyState } from '../../../../app/ui/empty-state';
import { fetchAttendance, saveRollCall, type Trainee, traineesKey } from '../trainees-api';

interface Props {
  classId: string;
  startsOn: string;
  endsOn: string;
  trainees: Trainee[];
  onClose: () => void;
}

/** 点名: the trainees present on one day of the class; saving again corrects that day. */
export function RollCallModal({ classId, startsOn, endsOn, trainees, onClose }: Props) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const last = endsOn < bureauToday() ? endsOn : bureauToday();
  const [day, setDay] = useState<string>(last < startsOn ? startsOn : last);
  const [present, setPresent] = useState<string[] | null>(null);
  const recorded = useQuery({
    queryKey: [...traineesKey(classId), 'attendance', day],
    queryFn: () => fetchAttendance(classId, day),
  });
  const chosen = present ?? recorded.data?.presentTraineeIds ?? [];
  const save = useMutation({
    mutationFn: () => saveRollCall(classId, day, chosen),
    meta: { silentError: true },
    onSuccess: (r) => {
      message.success(`${r.onDate} 点名已保存：到课 ${r.present} 人`);
      void queryClient.invalidateQueries({ queryKey: traineesKey(classId) });
      onClose();
    },
  });
  const members = trainees.filter((t) => t.status !== 'withdrawn' || (t.withdrawnOn ?? '') > day);
  return (
    <Modal
      open
      title="点名"
      okText="保存"
      onOk={() => save.mutate()}
      confirmLoading={save.isPending}
      okButtonProps={{ disabled: recorded.isLoading, 'data-testid': 'roll-call-save' }}
      onCancel={onClose}
      destroyOnHidden
    >
      {save.error ? (
        <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Form layout="vertical">
        <Form.Item label="日期" required>
          <DatePicker
            value={dayjs(day)}
            allowClear={false}
            disabledDate={(d: Dayjs) => {
              const s = d.format('YYYY-MM-DD');
              return s < startsOn || s > endsOn || s > bureauToday();
            }}
            onChange={(d) => {
              if (d) setDay(d.format('YYYY-MM-DD'));
              setPresent(null);
            }}
            data-testid="roll-call-date"
          />
        </Form.Item>
        <Form.Item label={`到课学员（${chosen.length}/${members.length}）`}>
          {members.length === 0 ? (
            <EmptyState description="暂无在读学员" />
          ) : (
            <Checkbox.Group
              value={chosen}
              onChange={(v) => setPresent(v)}
              options={members.map((t) => ({ value: t.id, label: `${t.name}（${t.idNumberMasked}）` }))}
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              data-testid="roll-call-present"
            />
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}
