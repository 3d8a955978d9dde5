import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, List, Modal } from 'antd';
import { errorMessage } from '../../../../app/api-error';
import { AccountLinkForm } from '../../../../app/ui/account-link-form';
import { EmptyState } from '../../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { type Bank, banksKey, fetchBank, fetchBankAccounts, linkBankStaff } from '../loans-api';

/**
 * A bank's staff accounts and linking one more: an account of role 经办银行 in the city's scope, not
 * yet any bank's. A linked account signs in to 本行贷款与还款 and sees only this bank's loans.
 */
export function BankStaffModal({ bank, onClose }: { bank: Bank; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const detail = useQuery({ queryKey: [...banksKey, bank.id], queryFn: () => fetchBank(bank.id) });
  const accounts = useQuery({ queryKey: [...banksKey, 'accounts'], queryFn: fetchBankAccounts });
  const link = useMutation({
    mutationFn: (id: string) => linkBankStaff(bank.id, id),
    onSuccess: () => {
      message.success('已关联银行账号');
      void queryClient.invalidateQueries({ queryKey: banksKey });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <Modal open title={`${bank.name}：银行账号`} footer={null} onCancel={onClose} destroyOnHidden width={640}>
      <QueryErrorAlert error={detail.error ?? accounts.error} />
      <List
        size="small"
        bordered
        loading={detail.isLoading}
        dataSource={detail.data?.staff ?? []}
        locale={{ emptyText: <EmptyState description="尚未关联账号" /> }}
        renderItem={(s) => (
          <List.Item>
            {s.displayName}（{s.username}）
          </List.Item>
        )}
        data-testid="bank-staff-list"
        style={{ marginBottom: 16 }}
      />
      <AccountLinkForm
        prefix="bank-staff"
        role="经办银行"
        unit="银行"
        label="关联账号"
        buttonLabel="关联"
        accounts={accounts.data}
        loading={accounts.isLoading}
        linking={link.isPending}
        onLink={link.mutateAsync}
      />
    </Modal>
  );
}
