import { useQuery } from '@tanstack/react-query';
import { Card, Typography } from 'antd';
import { usePermissions } from '../../../app/auth/use-me';
import { LinkButton } from '../../../app/ui/link-button';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { fetchPolicyFigures, figuresKey } from '../policy-api';
import { FiguresTable } from './figures-table';

/**
 * The administered figures still unset today (上年度职工平均工资, 最低工资标准…): while one is,
 * every case of its policy waits at approval. Nothing is shown when every figure is set.
 */
export function UnsetFiguresCard() {
  const can = usePermissions();
  const figures = useQuery({ queryKey: figuresKey, queryFn: fetchPolicyFigures });
  const unset = (figures.data?.figures ?? []).filter((f) => f.status === 'unset');
  if (figures.isSuccess && unset.length === 0) return null;
  return (
    <Card
      title={`待设定的参数（${unset.length} 项）`}
      size="small"
      style={{ marginBottom: 16 }}
      extra={can('policy:configure') ? <LinkButton to="/policy-figures">政策参数</LinkButton> : null}
      data-testid="unset-figures"
    >
      <QueryErrorAlert error={figures.error} onRetry={() => figures.refetch()} />
      <Typography.Paragraph type="secondary">
        以下地方参数尚为占位值，相关政策的案件在设定前不能批准；设定后对已审核案件「重新核验」即可采用。
      </Typography.Paragraph>
      <FiguresTable figures={unset} compact testId="unset-figures-table" />
    </Card>
  );
}
