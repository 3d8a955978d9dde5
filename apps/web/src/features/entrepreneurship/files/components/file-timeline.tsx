import { Card, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../../app/ui/empty-state';
import { type FileDetail, timelineKindLabels } from '../files-api';

/** Everything that happened on a file in date order, linking the loans and businesses. */
export function FileTimeline({ entries }: { entries: FileDetail['timeline'] }) {
  return (
    <Card
      title={
        <Typography.Title level={5} style={{ margin: 0 }}>
          时间线
        </Typography.Title>
      }
      data-testid="file-timeline"
    >
      {entries.length === 0 ? (
        <EmptyState description="暂无记录" />
      ) : (
        <Timeline
          items={entries.map((e, i) => ({
            key: `${e.on}-${i}`,
            children: (
              <div>
                <Typography.Text type="secondary">{e.on}</Typography.Text>{' '}
                <Tag>{timelineKindLabels[e.kind] ?? e.kind}</Tag>
                {e.link ? <Link to={e.link}>{e.title}</Link> : e.title}
                {e.detail && (
                  <div>
                    <Typography.Text type="secondary">{e.detail}</Typography.Text>
                  </div>
                )}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
