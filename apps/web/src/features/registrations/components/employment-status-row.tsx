import { useQuery } from '@tanstack/react-query';
import { Space, Tag, Tooltip } from 'antd';
import { fetchEmploymentStatus, personRegistrationsKey } from '../registration-api';
import { difficultyCategoryLabels } from '../registration-types';

/** A row of tags: 就业/失业, 4050, 就业困难人员, statutory retirement date — as of today. */
export function EmploymentStatusRow({ personId }: { personId: string }) {
  const q = useQuery({
    queryKey: [...personRegistrationsKey(personId), 'status'],
    queryFn: () => fetchEmploymentStatus(personId),
  });
  const s = q.data;
  if (!s) return null;
  return (
    <Space wrap size={[4, 4]} data-testid="employment-status">
      {s.employed ? (
        <Tag color="green">已就业</Tag>
      ) : s.openUnemploymentRegistration ? (
        <Tag color="orange">登记失业</Tag>
      ) : (
        <Tag>未登记就业</Tag>
      )}
      <Tooltip title={s.is4050Reason}>
        <Tag color={s.is4050 ? 'purple' : undefined}>{s.is4050 ? '4050人员' : `${s.age}周岁`}</Tag>
      </Tooltip>
      {s.activeDifficultyCategories.map((c) => (
        <Tag key={c} color="red">
          就业困难人员：{difficultyCategoryLabels[c]}
        </Tag>
      ))}
      <Tooltip title={s.retirementDescription}>
        <Tag color={s.retired ? 'default' : 'blue'}>
          {s.retired ? '已达法定退休年龄' : `法定退休：${s.retirementDate.slice(0, 7)}`}
        </Tag>
      </Tooltip>
    </Space>
  );
}
