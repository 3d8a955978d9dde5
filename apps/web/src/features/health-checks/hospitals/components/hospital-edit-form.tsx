import { useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Col, Form, Row, Typography } from 'antd';
import { useFormSave } from '../../../../app/ui/form-modal';
import { type HospitalDetail, hospitalsKey, type UpdateBody, updateHospital } from '../hospitals-api';
import { QualificationFields, StaffingFields } from './hospital-fields';

type Values = Omit<UpdateBody, 'version'>;

const valuesOf = (h: HospitalDetail): Values => ({
  address: h.address,
  contact: h.contact,
  insuranceDesignated: h.insuranceDesignated,
  grade: h.grade,
  general: h.general,
  facilities: h.facilities,
  chiefExaminerName: h.chiefExaminerName,
  chiefExaminerTitle: h.chiefExaminerTitle,
  examiners: h.examiners,
  plannedDailyVolume: h.plannedDailyVolume,
});

/** The 医保处 records a hospital's qualifications, its 第二–八、十一、十九条 checklist and 第七条 staffing. */
export function HospitalEditForm({ hospital }: { hospital: HospitalDetail }) {
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: (v: Values) =>
      updateHospital(hospital.id, {
        ...v,
        chiefExaminerTitle: v.chiefExaminerTitle ?? null,
        version: hospital.version,
      }),
    successMessage: '已保存，定点条件已重新核对',
    onSaved: () => void queryClient.invalidateQueries({ queryKey: hospitalsKey }),
  });
  return (
    <Form
      form={form}
      layout="vertical"
      key={hospital.version}
      initialValues={valuesOf(hospital)}
      onFinish={(v) => save.mutate(v)}
    >
      <Row gutter={24}>
        <Col xs={24} md={8}>
          <Typography.Title level={5}>资质（第一条）</Typography.Title>
          <QualificationFields />
        </Col>
        <Col xs={24} md={8}>
          <Typography.Title level={5}>设施与组织</Typography.Title>
          <Form.Item name="facilities" label="已具备的条件（逐项勾选）">
            <Checkbox.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              data-testid="hospital-facilities"
            >
              {hospital.requirements.map((r) => (
                <Checkbox key={r.code} value={r.code}>
                  {r.label}
                  <Typography.Text type="secondary">{`（${r.clause}）`}</Typography.Text>
                </Checkbox>
              ))}
            </Checkbox.Group>
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Typography.Title level={5}>人员配备（第七条）</Typography.Title>
          <StaffingFields />
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="hospital-update">
        保存
      </Button>
    </Form>
  );
}
