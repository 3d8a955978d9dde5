import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Space } from 'antd';
import { useState } from 'react';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { PageSpin } from '../../../../app/ui/page-spin';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../../app/ui/query-error-result';
import { ApplicationForm, emptyApplication } from '../components/application-form';
import { InstitutionHistory, InstitutionProfile } from '../components/institution-profile';
import { TeachersAndSites } from '../components/teachers-sites';
import {
  type ApplicationBody,
  apply,
  fetchMine,
  type InstitutionDetail,
  institutionsKey,
  type ProfileBody,
  updateApplication,
} from '../institutions-api';

const mineKey = [...institutionsKey, 'mine'];

/** 申请认定: the account is linked to no institution yet, so it files the application. */
function ApplyCard() {
  const [form] = Form.useForm<ApplicationBody>();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: apply,
    successMessage: '申请已提交，等待市局审核',
    onSaved: () => void queryClient.invalidateQueries({ queryKey: institutionsKey }),
  });
  return (
    <Card title="申请认定为定点培训机构">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="本账号尚未关联培训机构"
        description="填写机构资质、培训职业及等级、在训容量、教师及其证书、培训场地后提交；市局审核通过后公示，公示期满无异议的认定为定点培训机构。已由市局登记的机构，请联系市局为账号关联机构。"
      />
      <ApplicationForm
        form={form}
        withTeachersAndSites
        initialValues={emptyApplication}
        onFinish={save.mutate}
      />
      <Button
        type="primary"
        loading={save.isPending}
        onClick={() => form.submit()}
        data-testid="institution-apply-submit"
      >
        提交申请
      </Button>
    </Card>
  );
}

function EditApplicationModal({
  institution: i,
  onClose,
}: {
  institution: InstitutionDetail;
  onClose: () => void;
}) {
  const [form] = Form.useForm<ProfileBody>();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: (v: ProfileBody) => updateApplication(i.id, { ...v, version: i.version }),
    successMessage: '申请已修改',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: institutionsKey });
      onClose();
    },
  });
  return (
    <FormModal
      title="修改申请"
      width={800}
      form={form}
      saving={save.isPending}
      submitTestId="institution-edit-save"
      onClose={onClose}
    >
      <ApplicationForm form={form} withTeachersAndSites={false} initialValues={i} onFinish={save.mutate} />
    </FormModal>
  );
}

function MineContent() {
  const mine = useQuery({ queryKey: mineKey, queryFn: fetchMine });
  const [editing, setEditing] = useState(false);
  if (mine.isPending) return <PageSpin />;
  if (mine.error) return <QueryErrorResult error={mine.error} onRetry={() => mine.refetch()} />;
  const i = mine.data.institution;
  if (!i) return <ApplyCard />;
  const active = i.status !== 'withdrawn' && i.status !== 'rejected';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <InstitutionProfile
        institution={i}
        extra={
          i.status === 'applied' && (
            <Button onClick={() => setEditing(true)} data-testid="institution-edit">
              修改申请
            </Button>
          )
        }
      />
      <TeachersAndSites institution={i} editable={active} />
      <InstitutionHistory events={i.events} />
      {editing && <EditApplicationModal institution={i} onClose={() => setEditing(false)} />}
    </Space>
  );
}

/** 本机构: the institution account's own institution, or its application form. */
export function MyInstitutionPage() {
  return (
    <PermissionGate permission="training:operate">
      <MineContent />
    </PermissionGate>
  );
}
