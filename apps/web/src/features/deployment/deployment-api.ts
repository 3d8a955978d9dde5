import { type Body, dataOf, typedApi } from '../../app/api/typed-client';
import { api } from '../../app/api-client';

/*
 * The view stays on `api` with these types: the OpenAPI schema of `GET /api/deployment` is a loose
 * object naming only code, name and localName of a jurisdiction and id, title, number and citedAs of
 * a document; the policies, the setting and the issuer this page shows are not in it.
 */
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

export type DocumentBody = Body<'/api/deployment/documents/{id}', 'put'>;
type JurisdictionsBody = Body<'/api/deployment/jurisdictions', 'put'>;

export const deploymentKey = ['deployment'] as const;

export const fetchDeployment = () => api.get<DeploymentView>('/deployment');

export const saveJurisdictions = (jurisdictions: JurisdictionsBody['jurisdictions']) =>
  dataOf(typedApi.PUT('/api/deployment/jurisdictions', { body: { jurisdictions } }));

export const saveDocument = (id: string, body: DocumentBody) =>
  dataOf(typedApi.PUT('/api/deployment/documents/{id}', { params: { path: { id } }, body }));
