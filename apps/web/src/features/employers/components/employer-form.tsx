import type { FormInstance } from 'antd';
import { Col, Form, Input, Row } from 'antd';
import { FormActions } from '../../../app/ui/form-actions';
import { OrgTreeSelect } from '../../orgs/components/org-tree-select';
import { DictSelect } from '../../persons/components/dict-select';
import { creditCodeProblem } from '../credit-code';
import { type EmployerBody, employerDicts } from '../employer-types';

interface EmployerFormProps {
  form: FormInstance<EmployerBody>;
  /** Editing hides the credit code (it cannot change) and lets the phone stay unchanged when empty. */
  mode: 'create' | 'edit';
  initialValues?: Partial<EmployerBody>;
  submitting: boolean;
  onSubmit: (values: EmployerBody) => void;
  onCancel: () => void;
}

export function EmployerForm({
  form,
  mode,
  initialValues,
  submitting,
  onSubmit,
  onCancel,
}: EmployerFormProps) {
  return (
    <Form<EmployerBody>
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
              name="creditCode"
              label="统一社会信用代码"
              normalize={(v: string) => v?.trim().toUpperCase()}
              rules={[
                {
                  validator: async (_r, v: string | undefined) => {
                    const problem = creditCodeProblem(v ?? '');
                    if (problem) throw new Error(problem);
                  },
                },
              ]}
            >
              <Input maxLength={18} data-testid="employer-credit-code" />
            </Form.Item>
          </Col>
        ) : null}
        <Col xs={24} md={12}>
          <Form.Item
            name="name"
            label="单位名称"
            rules={[
              { required: true, whitespace: true, message: '请输入单位名称' },
              { max: 100, message: '单位名称不能超过 100 个字符' },
            ]}
          >
            <Input data-testid="employer-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="type" label="单位类型" rules={[{ required: true, message: '请选择单位类型' }]}>
            <DictSelect dict={employerDicts.type} data-testid="employer-type" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="industry" label="所属行业" rules={[{ required: true, message: '请选择所属行业' }]}>
            <DictSelect dict={employerDicts.industry} data-testid="employer-industry" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="size" label="企业规模">
            <DictSelect dict={employerDicts.size} allowClear data-testid="employer-size" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="phone"
            label="联系电话"
            extra={mode === 'edit' ? '留空表示不修改' : undefined}
            rules={[{ pattern: /^1[3-9]\d{9}$/, message: '请输入 11 位手机号码' }]}
          >
            <Input maxLength={11} data-testid="employer-phone" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="orgId" label="所属机构" rules={[{ required: true, message: '请选择所属机构' }]}>
            <OrgTreeSelect data-testid="employer-org" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="address"
            label="单位地址"
            rules={[{ max: 200, message: '地址不能超过 200 个字符' }]}
          >
            <Input data-testid="employer-address" />
          </Form.Item>
        </Col>
      </Row>
      <FormActions submitting={submitting} submitTestId="employer-submit" onCancel={onCancel} />
    </Form>
  );
}
