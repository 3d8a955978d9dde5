import { useMutation } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { ApiError } from '../../../app/api-error';
import { afterBureauToday, bureauTodayDay } from '../../../app/bureau-clock';
import { applyFieldErrors } from '../../../app/ui/form-errors';
import { OrgTreeSelect } from '../../orgs/components/org-tree-select';
import { DictSelect } from '../../persons/components/dict-select';
import { createEmploymentRegistration, createUnemploymentRegistration } from '../registration-api';
import { registrationDicts } from '../registration-types';

interface ModalProps {
  personId: string;
  onClose: () => void;
  onSaved: () => void;
}

/** The shared frame: a vertical form in a modal, server field errors under their fields. */
function RecordFormModal<T extends object>(props: {
  title: string;
  testId: string;
  save: (values: T) => Promise<unknown>;
  successText: string;
  initialValues: Partial<T>;
  onClose: () => void;
  onSaved: () => void;
  children: ReactNode;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<T>();
  const save = useMutation({
    mutationFn: props.save,
    onSuccess: () => {
      message.success(props.successText);
      props.onSaved();
    },
    onError: (error) => {
      if (applyFieldErrors(form, error)) return;
      message.error(error instanceof ApiError ? error.message : String(error));
    },
  });
  return (
    <Modal
      open
      title={props.title}
      okText="保存"
      onOk={() => form.submit()}
      onCancel={props.onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': `${props.testId}-submit` }}
    >
      <Form<T>
        form={form}
        layout="vertical"
        initialValues={props.initialValues}
        onFinish={(v) => save.mutate(v)}
      >
        {props.children}
      </Form>
    </Modal>
  );
}

interface EmploymentValues {
  form: string;
  startedOn: Dayjs;
  employerName?: string;
}

/** 就业登记: opening it also closes an open unemployment registration (已就业). */
export function EmploymentFormModal({ personId, onClose, onSaved }: ModalProps) {
  return (
    <RecordFormModal<EmploymentValues>
      title="就业登记"
      testId="employment"
      successText="已办理就业登记"
      initialValues={{ form: 'employer' }}
      save={({ startedOn, employerName, ...rest }) =>
        createEmploymentRegistration(personId, {
          ...rest,
          startedOn: startedOn.format('YYYY-MM-DD'),
          employerName: employerName?.trim() || null,
        })
      }
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item name="form" label="就业形式" rules={[{ required: true, message: '请选择就业形式' }]}>
        <DictSelect dict={registrationDicts.employmentForm} data-testid="employment-form" />
      </Form.Item>
      <Form.Item
        name="employerName"
        label="用人单位（单位就业必填）"
        rules={[{ max: 100, message: '不能超过 100 个字符' }]}
      >
        <Input data-testid="employment-employer" />
      </Form.Item>
      <Form.Item name="startedOn" label="就业日期" rules={[{ required: true, message: '请选择就业日期' }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={afterBureauToday}
          data-testid="employment-started-on"
        />
      </Form.Item>
    </RecordFormModal>
  );
}

interface UnemploymentValues {
  registeredOn: Dayjs;
  certificateNumber: string;
  reason: string;
  stationId?: number;
}

/** 失业登记 with the 《就业创业证》 number; the station defaults to the person's street centre. */
export function UnemploymentFormModal({ personId, onClose, onSaved }: ModalProps) {
  return (
    <RecordFormModal<UnemploymentValues>
      title="失业登记"
      testId="unemployment"
      successText="已办理失业登记"
      initialValues={{ registeredOn: bureauTodayDay() }}
      save={({ registeredOn, stationId, ...rest }) =>
        createUnemploymentRegistration(personId, {
          ...rest,
          registeredOn: registeredOn.format('YYYY-MM-DD'),
          ...(stationId ? { stationId } : {}),
        })
      }
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item name="registeredOn" label="登记日期" rules={[{ required: true, message: '请选择登记日期' }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={afterBureauToday}
          data-testid="unemployment-registered-on"
        />
      </Form.Item>
      <Form.Item
        name="certificateNumber"
        label="《就业创业证》编号"
        rules={[
          { required: true, whitespace: true, message: '请输入《就业创业证》编号' },
          { pattern: /^[0-9A-Za-z-]{6,30}$/, message: '《就业创业证》编号应为6至30位字母、数字' },
        ]}
      >
        <Input data-testid="unemployment-certificate" />
      </Form.Item>
      <Form.Item name="reason" label="失业原因" rules={[{ required: true, message: '请选择失业原因' }]}>
        <DictSelect dict={registrationDicts.unemploymentReason} data-testid="unemployment-reason" />
      </Form.Item>
      <Form.Item name="stationId" label="登记机构（默认为本人所在街道/乡镇劳动保障中心）">
        <OrgTreeSelect allowClear placeholder="默认" data-testid="unemployment-station" />
      </Form.Item>
    </RecordFormModal>
  );
}
