import { type PolicyDocument, referenceTo } from '../engine/documents.ts';
import { RulesError } from '../engine/errors.ts';
import type { Reference } from '../engine/parameters.ts';

/**
 * Every document the policies, parameters and programmes cite, with the title and 文号 the seed
 * text gives. Where the seed gives no title line, the title is the document's own heading or the
 * plan it issues; where it gives no number (or an incomplete one, 肥人社发[2024]号), the number is
 * null and the deployment that applies the document sets it.
 */
/** The county-level city's employment promotion opinions (seed 001 篇3), cited by the registry too. */
export const EMPLOYMENT_PROMOTION = 'county-city.employment-promotion';

export const policyDocuments: readonly PolicyDocument[] = [
  {
    id: 'zhuhai.high-skill-subsidy',
    // seed 000 第三篇: 珠劳社〔2024〕82号 关于印发珠海市高技能人才培训鉴定补贴办法的通知
    title: '珠海市高技能人才培训鉴定补贴办法',
    number: '珠劳社〔2024〕82号',
    issuer: '珠海市劳动和社会保障局',
    published: '2024-07-30',
    jurisdiction: 'zhuhai',
  },
  {
    id: 'qingdao.over-age-fixed-workers',
    // seed 000 第二篇
    title: '关于部分未参加社会保险的原国有集体企业固定工有关社会保险问题的通知',
    number: '青劳社〔2024〕69号',
    issuer: '青岛市劳动和社会保障局',
    published: '2024-06-30',
    jurisdiction: 'qingdao',
  },
  {
    id: 'dezhou.health-check',
    // seed 000 第四篇: 德劳社〔2024〕55号 关于印发《德州市市直城镇职工医疗保险健康体检工作规范》的通知
    title: '德州市市直城镇职工医疗保险健康体检工作规范',
    number: '德劳社〔2024〕55号',
    issuer: '德州市劳动和社会保障局',
    published: '2024-08-15',
    jurisdiction: 'dezhou',
  },
  {
    id: 'county-city.employment-promotion',
    // seed 001 篇3 (repeated as 篇4): the text has neither title line nor number.
    title: '关于进一步做好促进就业工作的实施意见',
    number: null,
    issuer: '市人民政府',
    jurisdiction: 'county-city',
    legacyRefs: ['001 篇3'],
  },
  {
    id: 'feicheng.town-assessment',
    // seed 000 第一篇: the number is printed without its sequence number (肥人社发[2024]号).
    title: '2024年度对街镇就业再就业和社会保障工作考核办法',
    number: null,
    issuer: '肥城市劳动和社会保障局',
    jurisdiction: 'feicheng',
  },
  {
    id: 'county.recruitment-assessment',
    // seed 001 篇1: no title line and no number.
    title: '招工服务考核办法',
    number: null,
    jurisdiction: 'county',
  },
  {
    id: 'fujian.skills-and-entrepreneurship-plans',
    // seed 000 第五篇: the number and the two plans it issues; no title line.
    title: '关于印发福建省城镇技能再就业计划和能力促创业计划的通知',
    number: '闽劳社文〔2024〕96号',
    issuer: '福建省劳动和社会保障局',
    jurisdiction: 'fujian',
  },
  {
    id: 'key-cities.entrepreneurship',
    // seed 002: an attachment without a number.
    title: '全国100个重点联系城市创业促就业工作方案',
    number: null,
    jurisdiction: 'key-cities',
  },
  {
    id: 'hainan.skills-reemployment',
    // seed 003, first plan
    title: '城镇技能再就业实施方案',
    number: null,
    jurisdiction: 'hainan',
  },
  {
    id: 'hainan.entrepreneurship',
    // seed 003, second plan
    title: '能力促创业实施方案',
    number: null,
    jurisdiction: 'hainan',
  },
];

/** A reference to one of the documents above, optionally to a clause of it. */
export function documentRef(id: string, clause?: string): Reference {
  const document = policyDocuments.find((d) => d.id === id);
  if (!document) throw new RulesError('DOCUMENT_UNKNOWN', `文件 ${id} 未登记`, { id });
  return referenceTo(document, clause);
}
