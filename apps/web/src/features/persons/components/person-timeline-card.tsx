import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, Timeline, Typography } from 'antd';
import { useEffect } from 'react';
import { formatInstant } from '../../../app/format/date-time';
import { EmptyState } from '../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { fetchPersonTimeline, personsKey } from '../person-api';
import type { TimelineEvent } from '../person-types';

/** Dot colours by what happened: something begun or gained green, something ended red, the rest blue. */
function colourOf(kind: string): string {
  if (/(ended|closed|eliminated|exited)/.test(kind)) return 'red';
  if (/(obtained|recognised|registered|started|joined|determined)/.test(kind)) return 'green';
  return 'blue';
}

function when(e: TimelineEvent): string {
  return e.at ? formatInstant(e.at) : e.date;
}

export const personTimelineKey = (personId: string) => [...personsKey, 'timeline', personId] as const;

/** The "时间轴" card: every dated fact the registry holds about the person, newest first. */
export function PersonTimelineCard({ personId }: { personId: string }) {
  const queryClient = useQueryClient();
  const q = useQuery({
    queryKey: personTimelineKey(personId),
    queryFn: () => fetchPersonTimeline(personId),
    staleTime: 0,
  });
  // Every panel of the page saves through a mutation and most of them add events: reload after
  // any successful save, so no panel has to know about the timeline.
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'success') {
          void queryClient.invalidateQueries({ queryKey: personTimelineKey(personId) });
        }
      }),
    [queryClient, personId],
  );
  return (
    <Card size="small" title="时间轴" loading={q.isPending} data-testid="person-timeline">
      <QueryErrorAlert error={q.error} onRetry={() => q.refetch()} />
      {q.data?.items.length === 0 ? <EmptyState description="暂无记录" /> : null}
      {q.data?.items.length ? (
        <Timeline
          items={q.data.items.map((e, i) => ({
            key: `${e.kind}-${e.ref?.id ?? ''}-${e.at ?? e.date}-${i}`,
            color: colourOf(e.kind),
            content: (
              <div data-testid="timeline-event" data-kind={e.kind}>
                <Typography.Text type="secondary">{when(e)}</Typography.Text>
                <div>
                  <Typography.Text strong>{e.title}</Typography.Text>
                </div>
                {e.detail ? <Typography.Text type="secondary">{e.detail}</Typography.Text> : null}
              </div>
            ),
          }))}
        />
      ) : null}
    </Card>
  );
}
