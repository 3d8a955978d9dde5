import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { afterBureauToday } from '../../../../app/bureau-clock';
import { FormModal } from '../../../../app/ui/form-modal';
import { resultLabels, saveResult, type Trainee } from '../trainees-api';
import { useTraineeSave } from './use-trainee-save';

interface Values {
  result: NonNullable<Trainee['result']>;
  resultOn: Dayjs;
  number?: string;
  issuedOn?: Dayjs;
  issuer?: string;
}

interface Props {
  classId: string;
  endsOn: string;
  /** the class's qualification level: a passed trainee then has a certificate */
  level: number | null;
  trainee: Trainee;
  onClose: () => void;
}

/** 鉴定结果 of one trainee; a pass of a levelled class links (or registers) the certificate. */
export function ResultModal({ classId, endsOn, level, trainee, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const result = Form.useWatch('result', form);
  const needsCertificate = result === 'passed' && level !== null;
  const save = useTraineeSave(form, classId, onClose, {
    mutationFn: (v: Values) =>
      saveResult(classId, trainee.id, {
        result: v.result,
        resultOn: v.resultOn.format('YYYY-MM-DD'),
        ...(needsCertificate
          ? {
              certificate: {
                number: v.number ?? '',
                issuedOn: v.issuedOn!.format('YYYY-MM-DD'),
                issuer: v.issuer ?? '',
              },
            }
          : {}),
      }),
    successMessage: '鉴定结果已登记',
    conflictField: 'number',
  });
  const outside = (d: Dayjs) => d.format('YYYY-MM-DD') < endsOn || afterBureauToday(d);
  return (
    <FormModal
      title={`登记鉴定结果：${trainee.name}`}
      form={form}
      saving={save.isPending}
      submitTestId="result-save"
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="result" label="鉴定结果" rules={[{ required: true, message: '请选择鉴定结果' }]}>
          <Select
            options={Object.entries(resultLabels).map(([value, label]) => ({ value, label }))}
            data-testid="result-value"
          />
        </Form.Item>
        <Form.Item name="resultOn" label="鉴定日期" rules={[{ required: true, message: '请选择鉴定日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={outside} data-testid="result-on" />
        </Form.Item>
        {needsCertificate ? (
          <>
            <Form.Item
              name="number"
              label="职业资格证书编号"
              extra="已登记的证书直接关联；未登记的按本班职业和等级登记到人员的证书中"
              rules={[{ required: true, message: '请填写证书编号' }, { max: 50 }]}
            >
              <Input maxLength={50} data-testid="result-certificate-number" />
            </Form.Item>
            <Form.Item
              name="issuedOn"
              label="发证日期"
              rules={[{ required: true, message: '请选择发证日期' }]}
            >
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={afterBureauToday}
                data-testid="result-issued-on"
              />
            </Form.Item>
            <Form.Item
              name="issuer"
              label="发证机构"
              rules={[{ required: true, message: '请填写发证机构' }, { max: 100 }]}
            >
              <Input maxLength={100} data-testid="result-issuer" />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </FormModal>
  );
}
