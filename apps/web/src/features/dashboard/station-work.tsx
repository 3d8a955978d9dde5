import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router-dom';
import { type CaseWork, casesPath } from '../statistics/statistics-api';

/** A figure that opens the list behind it. */
function Figure(props: { title: string; value: number; to?: string; danger?: boolean; testId: string }) {
  const stat = (
    <Statistic
      title={props.title}
      value={props.value}
      styles={{ content: props.danger && props.value > 0 ? { color: '#cf1322' } : {} }}
    />
  );
  return (
    <Col xs={12} md={6}>
      <Card size="small" data-testid={props.testId}>
        {props.to ? (
          <Link to={props.to} aria-label={`${props.title}：${props.value}，查看清单`}>
            {stat}
          </Link>
        ) : (
          stat
        )}
      </Card>
    </Col>
  );
}

/** The station officer's home figures: my queue, due soon, overdue, and this month's work. */
export function StationWork({ work }: { work: CaseWork }) {
  const m = work.thisMonth;
  return (
    <Card title="我的工作" size="small" style={{ marginBottom: 16 }} data-testid="station-work">
      <Row gutter={[12, 12]}>
        <Figure title="我的待办" value={work.myQueue.total} to="/tasks" testId="figure-queue" />
        <Figure
          title="即将到期"
          value={work.myQueue.dueSoon}
          to="/tasks?dueSoon=true"
          testId="figure-due-soon"
        />
        <Figure
          title="已逾期"
          value={work.myQueue.overdue}
          to="/tasks?overdue=true"
          danger
          testId="figure-overdue"
        />
        <Figure title="本月受理" value={m.accepted} testId="figure-accepted" />
        <Figure title="本月提交" value={m.submitted} testId="figure-submitted" />
        <Figure
          title="本月审批"
          value={m.decided}
          to={casesPath({ decidedFrom: m.from, decidedTo: m.to })}
          testId="figure-decided"
        />
        <Figure
          title="本月拨付"
          value={m.paid}
          to={casesPath({ paidFrom: m.from, paidTo: m.to })}
          testId="figure-paid"
        />
      </Row>
    </Card>
  );
}
