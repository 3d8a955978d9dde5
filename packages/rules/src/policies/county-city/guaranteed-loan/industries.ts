/**
 * The industries 001 篇3 三(二)1 excludes from the guaranteed loan's interest subsidy, with their
 * labels: a module of its own, free of the rule's parameter loading (Node's fs), so that the web
 * app can import it.
 */
export const EXCLUDED_INDUSTRIES = [
  'advertising',
  'real_estate_agency',
  'pawn',
  'sauna',
  'massage',
  'internet_cafe',
  'oxygen_bar',
] as const;
export const EXCLUDED_INDUSTRY_LABELS: Record<(typeof EXCLUDED_INDUSTRIES)[number], string> = {
  advertising: '广告业',
  real_estate_agency: '房屋中介',
  pawn: '典当',
  sauna: '桑拿',
  massage: '按摩',
  internet_cafe: '网吧',
  oxygen_bar: '氧吧',
};
