export type ObtainedBy = 'training' | 'competition' | 'evaluation' | 'direct_appraisal';

export interface Certificate {
  id: string;
  personId: string;
  number: string;
  occupation: string;
  /** Dictionary `certificate_level`: `5` 初级 … `1` 高级技师. */
  level: string;
  issuedOn: string;
  issuer: string;
  obtainedBy: ObtainedBy;
  createdAt: string;
  version: number;
}

export interface CertificateBody {
  number: string;
  occupation: string;
  level: string;
  issuedOn: string;
  issuer: string;
  obtainedBy: ObtainedBy;
}

/** How a certificate was obtained (`000 第三篇 一`), as the server's `obtainedBy` enum. */
export const obtainedByLabels: Record<ObtainedBy, string> = {
  training: '培训鉴定',
  competition: '竞赛',
  evaluation: '评价',
  direct_appraisal: '直接鉴定',
};

export const certificateLevelDict = 'certificate_level';
