import { useQuery } from '@tanstack/react-query';
import { Card, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCurrentUser, usePermissions } from '../../app/auth/use-me';
import { bureauNow, useBureauToday } from '../../app/bureau-clock';
import { bureauHour } from '../../app/format/date-time';
import { QueryErrorAlert } from '../../app/ui/query-error-alert';
import { UnsetFiguresCard } from '../policies/components/unset-figures-card';
import { fetchCaseWork, statisticsKey } from '../statistics/statistics-api';
import { CaseFlowCharts } from './case-flow-charts';
import { LeaderIndicators } from './leader-indicators';
import { StationWork } from './station-work';

function greeting(hour: number): string {
  if (hour < 12) return '上午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

/** The role's own figures: the station's queue, the bureau's case flow, the leader's indicators. */
function RoleFigures() {
  const can = usePermissions();
  const user = useCurrentUser();
  const today = useBureauToday();
  const station = can('case:accept') || can('case:create');
  const flow = can('case:review') || can('case:finance');
  const leader = can('stats:read') && !station && !flow;
  const work = useQuery({
    queryKey: [...statisticsKey, 'case-work'],
    queryFn: fetchCaseWork,
    enabled: can('case:read') && (station || flow),
  });
  return (
    <>
      <QueryErrorAlert error={work.error} onRetry={() => work.refetch()} />
      {work.isLoading ? <Card loading title="本岗位数据" style={{ marginBottom: 16 }} /> : null}
      {station && work.data ? <StationWork work={work.data} /> : null}
      {flow && work.data && can('stats:read') ? <CaseFlowCharts work={work.data} /> : null}
      {leader ? <LeaderIndicators orgId={Number(user.org.id)} today={today} /> : null}
    </>
  );
}

export function DashboardPage() {
  const user = useCurrentUser();
  const today = useBureauToday();
  const can = usePermissions();
  return (
    <>
      <Card data-testid="welcome-card" size="small" style={{ marginBottom: 16 }}>
        <Typography.Title level={1} style={{ fontSize: 18, marginBottom: 4 }}>
          {greeting(bureauHour(bureauNow()))}，{user.displayName}
        </Typography.Title>
        <Space size={4} wrap>
          <Typography.Text type="secondary">
            今天是 {dayjs(today).format('YYYY年M月D日 dddd')} · {user.org.name}
          </Typography.Text>
          {user.roles.map((role) => (
            <Tag key={role.code}>{role.name}</Tag>
          ))}
          <Tag color={user.totpEnabled ? 'green' : 'default'}>
            双因素认证{user.totpEnabled ? '已启用' : '未启用'}
          </Tag>
        </Space>
      </Card>
      <RoleFigures />
      {/* whoever sets the administered figures sees those still unset on the home page */}
      {can('policy:configure') ? <UnsetFiguresCard /> : null}
    </>
  );
}
