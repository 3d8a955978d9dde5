import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCurrentUser, usePermissions } from '../../app/auth/use-me';
import { bureauNow, useBureauToday } from '../../app/bureau-clock';
import { bureauHour } from '../../app/format/date-time';
import { UnsetFiguresCard } from '../policies/components/unset-figures-card';

function greeting(hour: number): string {
  if (hour < 12) return '上午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

export function DashboardPage() {
  const user = useCurrentUser();
  const today = useBureauToday();
  const can = usePermissions();
  return (
    <>
      <Card data-testid="welcome-card" style={{ marginBottom: 16 }}>
        <Typography.Title level={1} style={{ fontSize: 20 }}>
          {greeting(bureauHour(bureauNow()))}，{user.displayName}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          欢迎使用民生就业和社会保障服务平台。今天是 {dayjs(today).format('YYYY年M月D日 dddd')}。
        </Typography.Paragraph>
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label="所属机构">{user.org.name}</Descriptions.Item>
          <Descriptions.Item label="角色">
            <Space size={4} wrap>
              {user.roles.map((role) => (
                <Tag key={role.code}>{role.name}</Tag>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label="双因素认证">{user.totpEnabled ? '已启用' : '未启用'}</Descriptions.Item>
        </Descriptions>
      </Card>
      {/* whoever sets the administered figures sees those still unset on the home page */}
      {can('policy:configure') ? <UnsetFiguresCard /> : null}
    </>
  );
}
