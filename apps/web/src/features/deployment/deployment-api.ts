import { api } from '../../app/api-client';

export interface DeploymentJurisdiction {
  code: string;
  /** the name the rules give it (县级市, 珠海市…) */
  name: string;
  /** the name it goes by here when it is this deployment's, else null */
  localName: string | null;
  policies: string[];
}

export interface DeploymentDocument {
  id: string;
  jurisdiction: string;
  title: string;
  /** 文号 as the source text gives it; null where it has none */
  number: string | null;
  issuer: string | null;
  setting: { number: string | null; title: string | null; setAt: string; setByName: string | null } | null;
  /** how citations and printed notices name it now */
  citedAs: string;
  policies: string[];
}

export interface DeploymentView {
  jurisdictions: DeploymentJurisdiction[];
  documents: DeploymentDocument[];
}

export interface DocumentBody {
  number: string | null;
  title: string | null;
}

export const deploymentKey = ['deployment'] as const;

export const fetchDeployment = () => api.get<DeploymentView>('/deployment');

export const saveJurisdictions = (jurisdictions: { code: string; localName: string }[]) =>
  api.put<unknown>('/deployment/jurisdictions', { jurisdictions });

export const saveDocument = (id: string, body: DocumentBody) =>
  api.put<unknown>(`/deployment/documents/${encodeURIComponent(id)}`, body);
