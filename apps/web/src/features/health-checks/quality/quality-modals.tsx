import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { afterBureauToday, bureauTodayDay } from '../../../app/bureau-clock';
import { FormModal, useFormSave } from '../../../app/ui/form-modal';
import { addSample, addSurvey, fetchSampleable, qualityKey } from './quality-api';

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

interface Scope {
  hospitalId: string;
  planId: string;
}

interface SampleValues {
  examinationId: string;
  sampledOn: Dayjs;
  itemsChecked: number;
  resultErrors: number;
  omittedItems: number;
  entryErrors: number;
  note?: string;
}

const countRules = (label: string) => [{ required: true, message: `请填写${label}` }];

/** 录入抽查结果: one concluded examination of the hospital, picked by name or masked ID number. */
export function SampleModal({
  scope,
  packageItems,
  onClose,
}: {
  scope: Scope;
  packageItems: number;
  onClose: () => void;
}) {
  const [form] = Form.useForm<SampleValues>();
  const client = useQueryClient();
  const [q, setQ] = useState('');
  const options = useQuery({
    queryKey: [...qualityKey, 'sampleable', scope.hospitalId, scope.planId, q],
    queryFn: () => fetchSampleable(scope.hospitalId, scope.planId, q),
  });
  const save = useFormSave(form, {
    mutationFn: (v: SampleValues) =>
      addSample({ ...scope, ...v, sampledOn: day(v.sampledOn), note: v.note || undefined }),
    successMessage: '已录入抽查结果',
    conflictField: 'examinationId',
    onSaved: () => {
      void client.invalidateQueries({ queryKey: qualityKey });
      onClose();
    },
  });
  return (
    <FormModal
      title="录入抽查结果"
      form={form}
      saving={save.isPending}
      submitTestId="quality-sample-save"
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          sampledOn: bureauTodayDay(),
          itemsChecked: packageItems,
          resultErrors: 0,
          omittedItems: 0,
          entryErrors: 0,
        }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="examinationId"
          label="抽查的体检（按姓名或证件号码末位查找）"
          rules={[{ required: true, message: '请选择抽查的体检' }]}
        >
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            loading={options.isFetching}
            placeholder="输入姓名或证件号码末位"
            notFoundContent={options.isFetching ? '查找中…' : '没有可抽查的已出结论体检'}
            options={(options.data ?? []).map((e) => ({
              value: e.examinationId,
              label: `${e.name}　${e.idNumberMasked}　${e.examinedOn}体检`,
            }))}
            data-testid="quality-sample-exam"
          />
        </Form.Item>
        <Form.Item name="sampledOn" label="抽查日期" rules={[{ required: true, message: '请选择抽查日期' }]}>
          <DatePicker disabledDate={afterBureauToday} />
        </Form.Item>
        <Form.Item
          name="itemsChecked"
          label="抽查项目数"
          extra={`默认为体检套餐的项目数（${packageItems}项）`}
          rules={countRules('抽查项目数')}
        >
          <InputNumber min={1} max={1000} precision={0} />
        </Form.Item>
        <Form.Item name="resultErrors" label="检查检验结果差错（项）" rules={countRules('结果差错项数')}>
          <InputNumber min={0} max={1000} precision={0} data-testid="quality-sample-result-errors" />
        </Form.Item>
        <Form.Item name="omittedItems" label="检验项目漏检（项）" rules={countRules('漏检项数')}>
          <InputNumber min={0} max={1000} precision={0} data-testid="quality-sample-omitted" />
        </Form.Item>
        <Form.Item name="entryErrors" label="数据录入差错（项）" rules={countRules('录入差错项数')}>
          <InputNumber min={0} max={1000} precision={0} data-testid="quality-sample-entry-errors" />
        </Form.Item>
        <Form.Item name="note" label="说明">
          <Input.TextArea maxLength={500} rows={2} placeholder="如：血常规结果与原始记录不符" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

interface SurveyValues {
  collectedOn: Dayjs;
  forms: number;
  satisfied: number;
  note?: string;
}

/** 录入满意率调查: one opening of the 医保处's opinion box at the hospital. */
export function SurveyModal({ scope, onClose }: { scope: Scope; onClose: () => void }) {
  const [form] = Form.useForm<SurveyValues>();
  const client = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: (v: SurveyValues) =>
      addSurvey({ ...scope, ...v, collectedOn: day(v.collectedOn), note: v.note || undefined }),
    successMessage: '已录入满意率调查',
    onSaved: () => {
      void client.invalidateQueries({ queryKey: qualityKey });
      onClose();
    },
  });
  return (
    <FormModal
      title="录入满意率调查"
      form={form}
      saving={save.isPending}
      submitTestId="quality-survey-save"
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ collectedOn: bureauTodayDay() }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="collectedOn"
          label="汇总日期（开启意见箱）"
          rules={[{ required: true, message: '请选择汇总日期' }]}
        >
          <DatePicker disabledDate={afterBureauToday} />
        </Form.Item>
        <Form.Item name="forms" label="收回调查表（份）" rules={countRules('收回调查表份数')}>
          <InputNumber min={1} max={100000} precision={0} data-testid="quality-survey-forms" />
        </Form.Item>
        <Form.Item
          name="satisfied"
          label="其中满意（份）"
          dependencies={['forms']}
          rules={[
            ...countRules('满意份数'),
            ({ getFieldValue }) => ({
              validator: (_, v: number | undefined) =>
                v === undefined || v <= (getFieldValue('forms') ?? 0)
                  ? Promise.resolve()
                  : Promise.reject(new Error('满意份数不能多于收回的调查表份数')),
            }),
          ]}
        >
          <InputNumber min={0} max={100000} precision={0} data-testid="quality-survey-satisfied" />
        </Form.Item>
        <Form.Item name="note" label="说明">
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
