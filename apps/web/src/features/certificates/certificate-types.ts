import type { Answer, Body } from '../../app/api/typed-client';

/** `level` is dictionary `certificate_level`: `5` 初级 … `1` 高级技师. */
export type Certificate = Answer<'/api/persons/{id}/certificates', 'get'>['items'][number];

export type ObtainedBy = Certificate['obtainedBy'];

export type CertificateBody = Body<'/api/persons/{id}/certificates', 'post'>;

export type CertificatePatch = Body<'/api/certificates/{id}', 'patch'>;

/** How a certificate was obtained (`000 第三篇 一`), as the server's `obtainedBy` enum. */
export const obtainedByLabels: Record<ObtainedBy, string> = {
  training: '培训鉴定',
  competition: '竞赛',
  evaluation: '评价',
  direct_appraisal: '直接鉴定',
};

export const certificateLevelDict = 'certificate_level';
