import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Space, Spin } from 'antd';
import { useParams } from 'react-router-dom';
import { ApiError } from '../../../app/api-error';
import { usePermissions } from '../../../app/auth/use-me';
import { formatInstant } from '../../../app/format/date-time';
import { LinkButton } from '../../../app/ui/link-button';
import { NotFoundPage } from '../../../app/ui/not-found-page';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../app/ui/query-error-result';
import { useDictLabel } from '../../dicts/hooks/use-dict';
import { EmployerContractsPanel } from '../../insurance/components/employer-contracts-panel';
import { employersKey, fetchEmployer } from '../employer-api';
import { employerDicts } from '../employer-types';

function EmployerDetailContent({ id }: { id: string }) {
  const can = usePermissions();
  const employer = useQuery({ queryKey: [...employersKey, 'detail', id], queryFn: () => fetchEmployer(id) });
  const type = useDictLabel(employerDicts.type);
  const industry = useDictLabel(employerDicts.industry);
  const size = useDictLabel(employerDicts.size);

  if (employer.isPending) return <Spin />;
  if (employer.error instanceof ApiError && employer.error.status === 404) return <NotFoundPage />;
  if (employer.isError) return <QueryErrorResult error={employer.error} onRetry={() => employer.refetch()} />;
  const e = employer.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={`用人单位：${e.name}`}
        extra={
          <Space>
            <LinkButton to="/employers">返回列表</LinkButton>
            {can('person:read') ? (
              <LinkButton to={`/persons?employerId=${e.id}`} data-testid="employer-workforce">
                在职人员
              </LinkButton>
            ) : null}
            {can('employer:write') ? (
              <LinkButton
                to={`/employers/${e.id}/edit`}
                type="primary"
                icon={<EditOutlined />}
                data-testid="employer-edit"
              >
                编辑
              </LinkButton>
            ) : null}
          </Space>
        }
      >
        <Descriptions bordered column={{ xs: 1, md: 2 }} size="small" data-testid="employer-detail">
          <Descriptions.Item label="单位名称">{e.name}</Descriptions.Item>
          <Descriptions.Item label="统一社会信用代码">{e.creditCode}</Descriptions.Item>
          <Descriptions.Item label="单位类型">{type(e.type)}</Descriptions.Item>
          <Descriptions.Item label="所属行业">{industry(e.industry)}</Descriptions.Item>
          <Descriptions.Item label="企业规模">{size(e.size)}</Descriptions.Item>
          <Descriptions.Item label="联系电话">{e.phoneMasked ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="所属机构">{e.org.name}</Descriptions.Item>
          <Descriptions.Item label="单位地址">{e.address ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="登记时间">{formatInstant(e.createdAt)}</Descriptions.Item>
          <Descriptions.Item label="最近修改">{formatInstant(e.updatedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <EmployerContractsPanel employerId={e.id} />
    </Space>
  );
}

export function EmployerDetailPage() {
  const { id } = useParams();
  return (
    <PermissionGate permission="employer:read">
      <EmployerDetailContent key={id} id={id ?? ''} />
    </PermissionGate>
  );
}
