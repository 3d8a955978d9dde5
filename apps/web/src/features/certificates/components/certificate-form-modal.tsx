import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { afterBureauToday } from '../../../app/bureau-clock';
import { FormModal, useFormSave } from '../../../app/ui/form-modal';
import { DictSelect } from '../../persons/components/dict-select';
import { createCertificate, updateCertificate } from '../certificate-api';
import {
  type Certificate,
  type CertificateBody,
  certificateLevelDict,
  type ObtainedBy,
  obtainedByLabels,
} from '../certificate-types';

interface FormValues extends Omit<CertificateBody, 'issuedOn'> {
  issuedOn: Dayjs;
}

interface CertificateFormModalProps {
  personId: string;
  /** The certificate being edited; none to add a new one. */
  certificate?: Certificate;
  onClose: () => void;
  onSaved: () => void;
}

const obtainedByOptions = (Object.keys(obtainedByLabels) as ObtainedBy[]).map((value) => ({
  value,
  label: obtainedByLabels[value],
}));

/** Adds or edits a qualification certificate; the server's checks land under their fields. */
export function CertificateFormModal({ personId, certificate, onClose, onSaved }: CertificateFormModalProps) {
  const [form] = Form.useForm<FormValues>();
  const save = useFormSave(form, {
    mutationFn: ({ issuedOn, ...rest }: FormValues) => {
      const body = { ...rest, issuedOn: issuedOn.format('YYYY-MM-DD') };
      return certificate
        ? updateCertificate(certificate.id, { ...body, version: certificate.version })
        : createCertificate(personId, body);
    },
    successMessage: certificate ? '证书已保存' : '证书已登记',
    // A duplicate number (409 CONFLICT) belongs under the number; anything else as a message.
    conflictField: 'number',
    onSaved,
  });

  return (
    <FormModal
      title={certificate ? '修改职业资格证书' : '登记职业资格证书'}
      form={form}
      saving={save.isPending}
      submitTestId="certificate-submit"
      onClose={onClose}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={
          certificate
            ? { ...certificate, issuedOn: dayjs(certificate.issuedOn) }
            : { obtainedBy: 'training' satisfies ObtainedBy }
        }
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          name="number"
          label="证书编号"
          rules={[
            { required: true, whitespace: true, message: '请输入证书编号' },
            { max: 50, message: '证书编号不能超过 50 个字符' },
          ]}
        >
          <Input data-testid="certificate-number" />
        </Form.Item>
        <Form.Item
          name="occupation"
          label="职业（工种）"
          rules={[
            { required: true, whitespace: true, message: '请输入职业（工种）' },
            { max: 100, message: '职业（工种）不能超过 100 个字符' },
          ]}
        >
          <Input data-testid="certificate-occupation" />
        </Form.Item>
        <Form.Item name="level" label="等级" rules={[{ required: true, message: '请选择证书等级' }]}>
          <DictSelect dict={certificateLevelDict} data-testid="certificate-level" />
        </Form.Item>
        <Form.Item name="issuedOn" label="发证日期" rules={[{ required: true, message: '请选择发证日期' }]}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={afterBureauToday}
            data-testid="certificate-issued-on"
          />
        </Form.Item>
        <Form.Item
          name="issuer"
          label="发证机构"
          rules={[
            { required: true, whitespace: true, message: '请输入发证机构' },
            { max: 100, message: '发证机构不能超过 100 个字符' },
          ]}
        >
          <Input data-testid="certificate-issuer" />
        </Form.Item>
        <Form.Item name="obtainedBy" label="取得方式" rules={[{ required: true, message: '请选择取得方式' }]}>
          <Select options={obtainedByOptions} data-testid="certificate-obtained-by" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
