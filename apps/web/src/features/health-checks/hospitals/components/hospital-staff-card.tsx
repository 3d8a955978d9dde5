import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, List, Popconfirm } from 'antd';
import { AccountLinkForm } from '../../../../app/ui/account-link-form';
import { EmptyState } from '../../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import {
  fetchHospitalAccounts,
  type HospitalDetail,
  hospitalsKey,
  linkHospitalStaff,
  unlinkHospitalStaff,
} from '../hospitals-api';

/**
 * A hospital's staff accounts: link an account of role 定点体检医院 in the 医保处's scope that no
 * hospital has yet, or unlink one. A linked account sees only this hospital's examinees.
 */
export function HospitalStaffCard({ hospital }: { hospital: HospitalDetail }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const accounts = useQuery({ queryKey: [...hospitalsKey, 'accounts'], queryFn: fetchHospitalAccounts });
  const done = (text: string) => {
    message.success(text);
    void queryClient.invalidateQueries({ queryKey: hospitalsKey });
  };
  const link = useMutation({
    mutationFn: (id: string) => linkHospitalStaff(hospital.id, id),
    onSuccess: () => done('已关联医院账号'),
  });
  const unlink = useMutation({
    mutationFn: (id: string) => unlinkHospitalStaff(hospital.id, id),
    onSuccess: () => done('已解除关联'),
  });
  return (
    <Card title={<h2 style={{ fontSize: 15, margin: 0 }}>医院账号</h2>}>
      <QueryErrorAlert error={accounts.error} />
      <List
        size="small"
        bordered
        dataSource={hospital.staff}
        locale={{ emptyText: <EmptyState description="尚未关联账号" /> }}
        data-testid="hospital-staff-list"
        style={{ marginBottom: 16 }}
        renderItem={(s) => (
          <List.Item
            actions={[
              <Popconfirm
                key="unlink"
                title={`解除账号「${s.username}」与本院的关联？`}
                okText="解除关联"
                cancelText="取消"
                onConfirm={() => unlink.mutateAsync(s.userId).catch(() => undefined)}
              >
                <Button size="small" danger>
                  解除关联
                </Button>
              </Popconfirm>,
            ]}
          >
            {s.displayName}（{s.username}）
          </List.Item>
        )}
      />
      <AccountLinkForm
        prefix="hospital-staff"
        role="定点体检医院"
        unit="医院"
        own={hospital.name}
        label="选择账号"
        buttonLabel="关联账号"
        accounts={accounts.data}
        loading={accounts.isLoading}
        linking={link.isPending}
        onLink={link.mutateAsync}
      />
    </Card>
  );
}
