import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, List, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
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
  const [userId, setUserId] = useState<string>();
  const accounts = useQuery({ queryKey: [...hospitalsKey, 'accounts'], queryFn: fetchHospitalAccounts });
  const done = (text: string) => {
    message.success(text);
    setUserId(undefined);
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
  const all = accounts.data ?? [];
  const options = all
    .filter((a) => a.linkedTo === null)
    .map((a) => ({ value: a.id, label: `${a.username}（${a.displayName}）` }));
  const taken = all.filter((a) => a.linkedTo !== null && a.linkedTo !== hospital.name);
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
      <Form layout="vertical" onFinish={() => userId && link.mutate(userId)}>
        <Form.Item
          label="选择账号"
          htmlFor="hospital-staff-user"
          extra={
            <span data-testid="hospital-staff-taken">
              须为「定点体检医院」角色的账号，每个账号只能关联一家医院
              {taken.length > 0 &&
                `；已关联其他医院：${taken.map((a) => `${a.username}（${a.linkedTo}）`).join('、')}`}
            </span>
          }
        >
          <Space.Compact style={{ width: '100%' }}>
            <Select
              id="hospital-staff-user"
              value={userId}
              onChange={setUserId}
              showSearch
              optionFilterProp="label"
              loading={accounts.isLoading}
              options={options}
              disabled={accounts.isSuccess && options.length === 0}
              notFoundContent="本辖区暂无定点体检医院角色的账号"
              placeholder={accounts.isSuccess && options.length === 0 ? '暂无未关联的账号' : '选择账号'}
              data-testid="hospital-staff-select"
            />
            <Button
              type="primary"
              htmlType="submit"
              disabled={!userId}
              loading={link.isPending}
              data-testid="hospital-staff-link"
            >
              关联账号
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </Card>
  );
}
