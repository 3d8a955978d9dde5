import { EditOutlined } from '@ant-design/icons';
import { Card, Descriptions, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { usePermissions } from '../../../app/auth/use-me';
import { bureauToday } from '../../../app/bureau-clock';
import { formatInstant } from '../../../app/format/date-time';
import { LinkButton } from '../../../app/ui/link-button';
import { useDictLabel } from '../../dicts/hooks/use-dict';
import { type PersonDetail, personDicts } from '../person-types';
import { PersonalDataButton } from './personal-data-button';
import { RevealableIdNumber } from './reveal-id-button';

/** Age in whole years on `on` (birthdays not yet reached this year don't count). */
export const ageOn = (birthDate: string, on = bureauToday()) => dayjs(on).diff(dayjs(birthDate), 'year');

/** The head of the person page: identity, hukou, organisation and contact, with edit and back. */
export function PersonHeader({ person: p }: { person: PersonDetail }) {
  const can = usePermissions();
  const gender = useDictLabel(personDicts.gender);
  const ethnicity = useDictLabel(personDicts.ethnicity);
  const education = useDictLabel(personDicts.education);
  const hukouType = useDictLabel(personDicts.hukouType);
  const hukouPlace = useDictLabel(personDicts.hukouPlace);

  return (
    <Card
      title={
        <Space>
          <span data-testid="person-name">{p.name}</span>
          <Tag>{gender(p.gender)}</Tag>
          <Tag color="blue">{ageOn(p.birthDate)} 岁</Tag>
          <Tag>{hukouType(p.hukouType)}户口</Tag>
        </Space>
      }
      extra={
        <Space>
          <LinkButton to="/persons">返回列表</LinkButton>
          {can('person:data_export') ? <PersonalDataButton personId={p.id} /> : null}
          {can('person:write') ? (
            <LinkButton
              to={`/persons/${p.id}/edit`}
              type="primary"
              icon={<EditOutlined />}
              data-testid="person-edit"
            >
              编辑
            </LinkButton>
          ) : null}
        </Space>
      }
      data-testid="person-header"
    >
      <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" data-testid="person-detail">
        <Descriptions.Item label="公民身份号码">
          <RevealableIdNumber
            key={p.id}
            personId={p.id}
            masked={p.idNumberMasked}
            canReveal={can('person:reveal')}
          />
        </Descriptions.Item>
        <Descriptions.Item label="出生日期">{p.birthDate}</Descriptions.Item>
        <Descriptions.Item label="民族">{ethnicity(p.ethnicity)}</Descriptions.Item>
        <Descriptions.Item label="文化程度">{education(p.education)}</Descriptions.Item>
        <Descriptions.Item label="户口性质">{hukouType(p.hukouType)}</Descriptions.Item>
        <Descriptions.Item label="户籍地类别">{hukouPlace(p.hukouPlace)}</Descriptions.Item>
        <Descriptions.Item label="所属机构">{p.org.name}</Descriptions.Item>
        <Descriptions.Item label="联系电话">{p.phoneMasked ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="居住地址">{p.address ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="登记时间">{formatInstant(p.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="最近修改">{formatInstant(p.updatedAt)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
