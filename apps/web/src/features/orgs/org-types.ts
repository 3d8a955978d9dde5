import type { Answer } from '../../app/api/typed-client';

export type OrgNode = Answer<'/api/orgs/roots', 'get'>[number];
export type OrgDetail = Answer<'/api/orgs/{id}', 'get'>;
/** Organisation ids are integers on the server. */
export type OrgId = OrgNode['id'];
export type OrgLevel = OrgNode['level'];

/** Ancestors from the top down, without the organisation itself. */
export function ancestorsOf(org: OrgDetail): OrgDetail['ancestors'] {
  return org.ancestors.filter((a) => a.id !== org.id);
}

export const orgLevelLabels: Record<OrgLevel, string> = {
  city: '市',
  district: '区/县',
  street: '街道/乡镇',
  community: '社区/行政村',
};

/** Length of the administrative division code (行政区划代码) at each level. */
export const regionCodeLength: Record<OrgLevel, number> = { city: 6, district: 6, street: 9, community: 12 };

/** The level a new child of a node gets; community nodes have no children. */
export const childLevel: Record<OrgLevel, OrgLevel | null> = {
  city: 'district',
  district: 'street',
  street: 'community',
  community: null,
};
