import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, type FormInstance, Input, InputNumber, Select, Space } from 'antd';
import type { ApplicationBody, ProfileBody } from '../institutions-api';
import { levelLabels } from '../institutions-api';

export const levelOptions = Object.entries(levelLabels).map(([v, label]) => ({ value: Number(v), label }));

/** The institution's own fields: name, 统一社会信用代码, licence, address, occupations, capacity. */
function ProfileFields() {
  return (
    <>
      <Form.Item
        name="name"
        label="机构名称"
        rules={[{ required: true, whitespace: true, message: '请填写机构名称' }]}
      >
        <Input maxLength={100} data-testid="institution-name" />
      </Form.Item>
      <Form.Item
        name="creditCode"
        label="统一社会信用代码"
        rules={[{ required: true, len: 18, message: '统一社会信用代码为18位' }]}
      >
        <Input maxLength={18} data-testid="institution-credit-code" />
      </Form.Item>
      <Form.Item name="licenceNumber" label="办学许可证号">
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="address"
        label="地址"
        rules={[{ required: true, whitespace: true, message: '请填写地址' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="contactPhone" label="办公电话" extra="机构的办公电话，不填个人手机号">
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item name="qualifications" label="资质说明">
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item label="培训职业（工种）及等级" required>
        <Form.List
          name="occupations"
          rules={[
            {
              validator: async (_, v) =>
                v?.length ? undefined : Promise.reject(new Error('至少填写一个职业')),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item
                    name={[f.name, 'occupation']}
                    rules={[{ required: true, whitespace: true, message: '请填写职业' }]}
                  >
                    <Input placeholder="职业，如 中式烹调师" maxLength={50} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'levels']}>
                    <Select
                      mode="multiple"
                      placeholder="等级"
                      aria-label="等级"
                      options={levelOptions}
                      style={{ minWidth: 240 }}
                    />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="删除职业" />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ levels: [] })}>
                增加职业
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item
        name="capacity"
        label="同时在训容量（人）"
        rules={[{ required: true, message: '请填写容量' }]}
      >
        <InputNumber min={1} max={100000} precision={0} />
      </Form.Item>
    </>
  );
}

/** Teachers and sites listed in the application itself. */
function StaffAndSiteFields() {
  return (
    <>
      <Card size="small" title="教师" style={{ marginBottom: 16 }}>
        <Form.List name="teachers">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item
                    name={[f.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: '请填写教师姓名' }]}
                  >
                    <Input placeholder="姓名" maxLength={50} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'certificateNumber']}
                    rules={[{ required: true, whitespace: true, message: '请填写证书编号' }]}
                  >
                    <Input placeholder="证书编号" maxLength={50} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'occupation']}
                    rules={[{ required: true, whitespace: true, message: '请填写所教职业' }]}
                  >
                    <Input placeholder="所教职业" maxLength={50} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'level']}>
                    <Select
                      allowClear
                      placeholder="证书等级"
                      aria-label="证书等级"
                      options={levelOptions}
                      style={{ width: 160 }}
                    />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="删除教师" />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add()}
                data-testid="application-add-teacher"
              >
                增加教师
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      <Card size="small" title="培训场地" style={{ marginBottom: 16 }}>
        <Form.List name="sites">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item
                    name={[f.name, 'address']}
                    rules={[{ required: true, whitespace: true, message: '请填写场地地址' }]}
                  >
                    <Input placeholder="场地地址" maxLength={200} style={{ width: 320 }} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'areaSquareMetres']}
                    rules={[{ required: true, message: '请填写面积' }]}
                  >
                    <InputNumber
                      placeholder="面积（平方米）"
                      min={1}
                      max={1000000}
                      precision={0}
                      style={{ width: 150 }}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'seats']} rules={[{ required: true, message: '请填写座位数' }]}>
                    <InputNumber
                      placeholder="座位（工位）"
                      min={1}
                      max={10000}
                      precision={0}
                      style={{ width: 150 }}
                    />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="删除场地" />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add()}
                data-testid="application-add-site"
              >
                增加场地
              </Button>
            </>
          )}
        </Form.List>
      </Card>
    </>
  );
}

export const emptyApplication = {
  occupations: [{ occupation: '', levels: [] }],
  teachers: [{}],
  sites: [{}],
};

/** The application (申请认定定点培训机构) with its teachers and sites, or the profile alone. */
export function ApplicationForm<V extends ApplicationBody | ProfileBody>({
  form,
  withTeachersAndSites,
  initialValues,
  onFinish,
}: {
  form: FormInstance<V>;
  withTeachersAndSites: boolean;
  initialValues: Partial<V> | typeof emptyApplication;
  onFinish: (values: V) => void;
}) {
  return (
    <Form<V>
      form={form}
      layout="vertical"
      initialValues={initialValues as V}
      onFinish={onFinish}
      data-testid="institution-application-form"
    >
      <ProfileFields />
      {withTeachersAndSites && <StaffAndSiteFields />}
    </Form>
  );
}
