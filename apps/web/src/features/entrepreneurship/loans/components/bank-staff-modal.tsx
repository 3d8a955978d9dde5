import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, List, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../../app/api-error';
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
  const [userId, setUserId] = useState<string>();
  const detail = useQuery({ queryKey: [...banksKey, bank.id], queryFn: () => fetchBank(bank.id) });
  const accounts = useQuery({ queryKey: [...banksKey, 'accounts'], queryFn: fetchBankAccounts });
  const link = useMutation({
    mutationFn: (id: string) => linkBankStaff(bank.id, id),
    onSuccess: () => {
      message.success('已关联银行账号');
      setUserId(undefined);
      void queryClient.invalidateQueries({ queryKey: banksKey });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  // accounts already working for a bank are named below, not offered: a list of only disabled
  // options leaves screen readers an active option that does not exist
  const all = accounts.data ?? [];
  const options = all
    .filter((a) => a.linkedTo === null)
    .map((a) => ({ value: a.id, label: `${a.username}（${a.displayName}）` }));
  const taken = all.filter((a) => a.linkedTo !== null);
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
      <Form layout="vertical" onFinish={() => userId && link.mutate(userId)}>
        <Form.Item
          label="关联账号"
          htmlFor="bank-staff-user"
          extra={
            <span data-testid="bank-staff-taken">
              须为「经办银行」角色的账号，每个账号只能关联一家银行
              {taken.length > 0 &&
                `；已关联其他银行：${taken.map((a) => `${a.username}（${a.linkedTo}）`).join('、')}`}
            </span>
          }
        >
          <Space.Compact style={{ width: '100%' }}>
            <Select
              id="bank-staff-user"
              value={userId}
              onChange={setUserId}
              showSearch
              optionFilterProp="label"
              loading={accounts.isLoading}
              options={options}
              disabled={accounts.isSuccess && options.length === 0}
              notFoundContent="本辖区暂无经办银行角色的账号"
              placeholder={accounts.isSuccess && options.length === 0 ? '暂无未关联的账号' : '选择账号'}
              data-testid="bank-staff-select"
            />
            <Button type="primary" htmlType="submit" disabled={!userId} loading={link.isPending}>
              关联
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </Modal>
  );
}
