import { type Answer, type Body, dataOf, typedApi } from '../../app/api/typed-client';

/** `GET /api/deployment`: every jurisdiction and policy document of the rules, with what is set here. */
type DeploymentView = Answer<'/api/deployment', 'get'>;
export type DeploymentJurisdiction = DeploymentView['jurisdictions'][number];
export type DeploymentDocument = DeploymentView['documents'][number];

export type DocumentBody = Body<'/api/deployment/documents/{id}', 'put'>;
type JurisdictionsBody = Body<'/api/deployment/jurisdictions', 'put'>;

export const deploymentKey = ['deployment'] as const;

export const fetchDeployment = () => dataOf(typedApi.GET('/api/deployment'));

export const saveJurisdictions = (jurisdictions: JurisdictionsBody['jurisdictions']) =>
  dataOf(typedApi.PUT('/api/deployment/jurisdictions', { body: { jurisdictions } }));

export const saveDocument = (id: string, body: DocumentBody) =>
  dataOf(typedApi.PUT('/api/deployment/documents/{id}', { params: { path: { id } }, body }));
