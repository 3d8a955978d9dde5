import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, InputNumber, Radio, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { EmptyState } from '../../../../app/ui/empty-state';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import {
  addSite,
  addTeacher,
  type InstitutionDetail,
  institutionsKey,
  levelLabels,
  type Site,
  type SiteBody,
  type Teacher,
  type TeacherBody,
  updateSite,
  updateTeacher,
} from '../institutions-api';
import { levelOptions } from './application-form';

type TeacherValues = TeacherBody & { status: Teacher['status'] };

function TeacherModal({
  institutionId,
  teacher,
  onClose,
}: {
  institutionId: string;
  teacher: Teacher | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<TeacherValues>();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: (v: TeacherValues) =>
      teacher
        ? updateTeacher(institutionId, teacher.id, { ...v, version: teacher.version })
        : addTeacher(institutionId, v),
    successMessage: '教师已保存',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: institutionsKey });
      onClose();
    },
  });
  return (
    <FormModal
      title={teacher ? '修改教师' : '增加教师'}
      form={form}
      saving={save.isPending}
      submitTestId="teacher-save"
      onClose={onClose}
    >
      <Form<TeacherValues>
        form={form}
        layout="vertical"
        initialValues={teacher ?? { status: 'active' }}
        onFinish={save.mutate}
      >
        <Form.Item
          name="name"
          label="姓名"
          rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="certificateNumber"
          label="证书编号"
          rules={[{ required: true, whitespace: true, message: '请填写证书编号' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="occupation"
          label="所教职业"
          rules={[{ required: true, whitespace: true, message: '请填写职业' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="level" label="证书等级">
          <Select allowClear options={levelOptions} />
        </Form.Item>
        {teacher && (
          <Form.Item name="status" label="状态">
            <Radio.Group
              options={[
                { value: 'active', label: '在职' },
                { value: 'left', label: '已离职' },
              ]}
            />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}

function SiteModal({
  institutionId,
  site,
  onClose,
}: {
  institutionId: string;
  site: Site | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<SiteBody>();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: (v: SiteBody) =>
      site ? updateSite(institutionId, site.id, { ...v, version: site.version }) : addSite(institutionId, v),
    successMessage: '场地已保存',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: institutionsKey });
      onClose();
    },
  });
  return (
    <FormModal
      title={site ? '修改场地' : '增加场地'}
      form={form}
      saving={save.isPending}
      submitTestId="site-save"
      onClose={onClose}
    >
      <Form<SiteBody> form={form} layout="vertical" initialValues={site ?? {}} onFinish={save.mutate}>
        <Form.Item
          name="address"
          label="场地地址"
          rules={[{ required: true, whitespace: true, message: '请填写地址' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="areaSquareMetres"
          label="面积（平方米）"
          rules={[{ required: true, message: '请填写面积' }]}
        >
          <InputNumber min={1} max={1000000} precision={0} />
        </Form.Item>
        <Form.Item name="seats" label="座位（工位）" rules={[{ required: true, message: '请填写座位数' }]}>
          <InputNumber min={1} max={10000} precision={0} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** Teachers and training sites of an institution, editable by its staff and the bureau while it is active. */
export function TeachersAndSites({
  institution: i,
  editable,
}: {
  institution: InstitutionDetail;
  editable: boolean;
}) {
  const [teacher, setTeacher] = useState<Teacher | null | undefined>(undefined);
  const [site, setSite] = useState<Site | null | undefined>(undefined);
  const edit = (onClick: () => void) =>
    editable ? (
      <Button size="small" onClick={onClick}>
        修改
      </Button>
    ) : null;
  return (
    <>
      <Card
        title={`教师（${i.teachers.filter((t) => t.status === 'active').length} 名在职）`}
        extra={
          editable && (
            <Button onClick={() => setTeacher(null)} data-testid="teacher-add">
              增加教师
            </Button>
          )
        }
      >
        <Table<Teacher>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={i.teachers}
          data-testid="institution-teachers"
          locale={{ emptyText: <EmptyState description="暂无教师" /> }}
          columns={[
            { title: '姓名', dataIndex: 'name', key: 'name' },
            { title: '证书编号', dataIndex: 'certificateNumber', key: 'cert' },
            { title: '所教职业', dataIndex: 'occupation', key: 'occupation' },
            {
              title: '证书等级',
              dataIndex: 'level',
              key: 'level',
              render: (l: number | null) => (l ? levelLabels[l] : '—'),
            },
            {
              title: '状态',
              dataIndex: 'status',
              key: 'status',
              render: (s: Teacher['status']) =>
                s === 'active' ? <Tag color="success">在职</Tag> : <Tag>已离职</Tag>,
            },
            { title: '操作', key: 'actions', render: (_: unknown, t) => edit(() => setTeacher(t)) },
          ]}
        />
      </Card>
      <Card
        title={`培训场地（${i.sites.length} 处）`}
        extra={
          editable && (
            <Button onClick={() => setSite(null)} data-testid="site-add">
              增加场地
            </Button>
          )
        }
      >
        <Table<Site>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={i.sites}
          data-testid="institution-sites"
          locale={{ emptyText: <EmptyState description="暂无场地" /> }}
          columns={[
            { title: '场地地址', dataIndex: 'address', key: 'address' },
            { title: '面积（平方米）', dataIndex: 'areaSquareMetres', key: 'area', align: 'right' },
            { title: '座位（工位）', dataIndex: 'seats', key: 'seats', align: 'right' },
            { title: '操作', key: 'actions', render: (_: unknown, s) => edit(() => setSite(s)) },
          ]}
        />
      </Card>
      {teacher !== undefined && (
        <TeacherModal institutionId={i.id} teacher={teacher} onClose={() => setTeacher(undefined)} />
      )}
      {site !== undefined && (
        <SiteModal institutionId={i.id} site={site} onClose={() => setSite(undefined)} />
      )}
    </>
  );
}
