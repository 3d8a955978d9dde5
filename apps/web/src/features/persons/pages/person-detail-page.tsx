import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Space, Spin } from 'antd';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router-dom';
import { usePermissions } from '../../../app/auth/use-me';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../app/ui/query-error-result';
import { useDictLabel } from '../../dicts/hooks/use-dict';
import { PersonHouseholdCard } from '../../households/components/person-household-card';
import { RevealableIdNumber } from '../components/reveal-id-button';
import { fetchPerson, personsKey } from '../person-api';
import { personDicts } from '../person-types';

function PersonDetailContent({ id }: { id: string }) {
  const can = usePermissions();
  const person = useQuery({ queryKey: [...personsKey, 'detail', id], queryFn: () => fetchPerson(id) });
  const gender = useDictLabel(personDicts.gender);
  const ethnicity = useDictLabel(personDicts.ethnicity);
  const education = useDictLabel(personDicts.education);
  const hukouType = useDictLabel(personDicts.hukouType);
  const hukouPlace = useDictLabel(personDicts.hukouPlace);

  if (person.isPending) return <Spin />;
  if (person.isError) return <QueryErrorResult error={person.error} onRetry={() => person.refetch()} />;
  const p = person.data;

  return (
    <Card
      title={`人员详情：${p.name}`}
      extra={
        <Space>
          <Link to="/persons">
            <Button>返回列表</Button>
          </Link>
          {can('person:write') ? (
            <Link to={`/persons/${p.id}/edit`}>
              <Button type="primary" icon={<EditOutlined />}>
                编辑
              </Button>
            </Link>
          ) : null}
        </Space>
      }
    >
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="small" data-testid="person-detail">
        <Descriptions.Item label="姓名">{p.name}</Descriptions.Item>
        <Descriptions.Item label="公民身份号码">
          <RevealableIdNumber
            key={p.id}
            personId={p.id}
            masked={p.idNumberMasked}
            canReveal={can('person:reveal')}
          />
        </Descriptions.Item>
        <Descriptions.Item label="性别">{gender(p.gender)}</Descriptions.Item>
        <Descriptions.Item label="出生日期">{p.birthDate}</Descriptions.Item>
        <Descriptions.Item label="民族">{ethnicity(p.ethnicity)}</Descriptions.Item>
        <Descriptions.Item label="文化程度">{education(p.education)}</Descriptions.Item>
        <Descriptions.Item label="户口性质">{hukouType(p.hukouType)}</Descriptions.Item>
        <Descriptions.Item label="户籍地类别">{hukouPlace(p.hukouPlace)}</Descriptions.Item>
        <Descriptions.Item label="联系电话">{p.phoneMasked ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="所属机构">{p.org.name}</Descriptions.Item>
        <Descriptions.Item label="居住地址" span={2}>
          {p.address ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label="登记时间">
          {dayjs(p.createdAt).format('YYYY-MM-DD HH:mm')}
        </Descriptions.Item>
        <Descriptions.Item label="最近修改">
          {dayjs(p.updatedAt).format('YYYY-MM-DD HH:mm')}
        </Descriptions.Item>
      </Descriptions>
      <PersonHouseholdCard personId={p.id} />
    </Card>
  );
}

export function PersonDetailPage() {
  const { id } = useParams();
  return (
    <PermissionGate permission="person:read">
      <PersonDetailContent key={id} id={id ?? ''} />
    </PermissionGate>
  );
}
