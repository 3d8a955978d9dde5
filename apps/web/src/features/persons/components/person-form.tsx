import type { FormInstance } from 'antd';
import { Col, Form, Input, Row } from 'antd';
import { FormActions } from '../../../app/ui/form-actions';
import { OrgTreeSelect } from '../../orgs/components/org-tree-select';
import { isValidIdNumber } from '../id-number';
import { type PersonBody, personDicts } from '../person-types';
import { DictSelect } from './dict-select';

interface PersonFormProps {
  form: FormInstance<PersonBody>;
  /** Editing hides the ID number (it cannot change) and lets the phone stay unchanged when empty. */
  mode: 'create' | 'edit';
  initialValues?: Partial<PersonBody>;
  submitting: boolean;
  onSubmit: (values: PersonBody) => void;
  onCancel: () => void;
}

export function PersonForm({ form, mode, initialValues, submitting, onSubmit, onCancel }: PersonFormProps) {
  return (
    <Form<PersonBody>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      style={{ maxWidth: 880 }}
    >
      <Row gutter={16}>
        {mode === 'create' ? (
          <Col xs={24} md={12}>
            <Form.Item
              name="idNumber"
              label="公民身份号码"
              extra="性别和出生日期由身份证号码自动得出"
              normalize={(v: string) => v?.trim().toUpperCase()}
              rules={[
                { required: true, message: '请输入公民身份号码' },
                {
                  validator: async (_r, v: string | undefined) => {
                    if (v && !isValidIdNumber(v)) throw new Error('公民身份号码格式或校验位不正确');
                  },
                },
              ]}
            >
              <Input maxLength={18} data-testid="person-id-number" />
            </Form.Item>
          </Col>
        ) : null}
        <Col xs={24} md={12}>
          <Form.Item
            name="name"
            label="姓名"
            rules={[
              { required: true, whitespace: true, message: '请输入姓名' },
              { max: 50, message: '姓名不能超过 50 个字符' },
            ]}
          >
            <Input data-testid="person-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="ethnicity" label="民族">
            <DictSelect dict={personDicts.ethnicity} allowClear data-testid="person-ethnicity" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="education" label="文化程度">
            <DictSelect dict={personDicts.education} allowClear data-testid="person-education" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="hukouType"
            label="户口性质"
            rules={[{ required: true, message: '请选择户口性质' }]}
          >
            <DictSelect dict={personDicts.hukouType} data-testid="person-hukou-type" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="hukouPlace"
            label="户籍地类别"
            rules={[{ required: true, message: '请选择户籍地类别' }]}
          >
            <DictSelect dict={personDicts.hukouPlace} data-testid="person-hukou-place" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="phone"
            label="联系电话"
            extra={mode === 'edit' ? '留空表示不修改' : undefined}
            rules={[
              { pattern: /^(1\d{10}|0\d{2,3}-?\d{7,8})$/, message: '请输入 11 位手机号或带区号的固定电话' },
            ]}
          >
            <Input data-testid="person-phone" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="orgId" label="所属机构" rules={[{ required: true, message: '请选择所属机构' }]}>
            <OrgTreeSelect data-testid="person-org" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="address"
            label="居住地址"
            rules={[{ max: 200, message: '地址不能超过 200 个字符' }]}
          >
            <Input data-testid="person-address" />
          </Form.Item>
        </Col>
      </Row>
      <FormActions submitting={submitting} submitTestId="person-submit" onCancel={onCancel} />
    </Form>
  );
}
