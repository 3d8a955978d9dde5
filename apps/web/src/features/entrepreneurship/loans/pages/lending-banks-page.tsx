import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { EmptyState } from '../../../../app/ui/empty-state';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { BankStaffModal } from '../components/bank-staff-modal';
import { type Bank, type BankBody, banksKey, fetchBanks, registerBank } from '../loans-api';

function RegisterBankModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<BankBody>();
  const queryClient = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: registerBank,
    successMessage: '已登记经办银行',
    conflictField: 'code',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: banksKey });
      onClose();
    },
  });
  return (
    <FormModal
      title="登记经办银行"
      form={form}
      saving={save.isPending}
      submitTestId="bank-save"
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="name"
          label="银行名称"
          rules={[{ required: true, min: 2, message: '请填写银行名称' }]}
        >
          <Input maxLength={100} placeholder="如：中国邮政储蓄银行肥城市支行" />
        </Form.Item>
        <Form.Item
          name="code"
          label="金融机构编码"
          rules={[
            { required: true, message: '请填写金融机构编码' },
            { pattern: /^[A-Za-z0-9_-]{2,32}$/, message: '金融机构编码为2至32位字母、数字、下划线或短横线' },
          ]}
        >
          <Input maxLength={32} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

function LendingBanks() {
  const banks = useQuery({ queryKey: banksKey, queryFn: fetchBanks });
  const [registering, setRegistering] = useState(false);
  const [staffOf, setStaffOf] = useState<Bank | null>(null);
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          经办银行
        </Typography.Title>
      }
      extra={
        <Button type="primary" onClick={() => setRegistering(true)} data-testid="bank-register">
          登记银行
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        承办创业担保贷款的合作银行。关联「经办银行」角色的账号后，银行工作人员登录即可放款、导入还款明细，且只能看到本行的贷款。
      </Typography.Paragraph>
      <QueryErrorAlert error={banks.error} onRetry={() => void banks.refetch()} />
      <Table<Bank>
        rowKey="id"
        size="small"
        pagination={false}
        loading={banks.isLoading}
        dataSource={banks.data ?? []}
        locale={{ emptyText: <EmptyState description="暂无经办银行" /> }}
        data-testid="banks-table"
        columns={[
          { title: '银行名称', dataIndex: 'name', key: 'name' },
          { title: '金融机构编码', dataIndex: 'code', key: 'code' },
          {
            title: '操作',
            key: 'op',
            render: (_: unknown, b) => (
              <Button size="small" onClick={() => setStaffOf(b)}>
                银行账号
              </Button>
            ),
          },
        ]}
      />
      {registering && <RegisterBankModal onClose={() => setRegistering(false)} />}
      {staffOf && <BankStaffModal bank={staffOf} onClose={() => setStaffOf(null)} />}
    </Card>
  );
}

/** 经办银行: the city registers the banks that lend 创业担保贷款 and links their staff accounts. */
export function LendingBanksPage() {
  return (
    <PermissionGate permission="entrepreneurship:manage">
      <LendingBanks />
    </PermissionGate>
  );
}
