import { byId, dataOf, typedApi } from '../../app/api/typed-client';
import type { CertificateBody, CertificatePatch } from './certificate-types';

export const certificatesKey = ['certificates'] as const;

export const fetchPersonCertificates = (personId: string) =>
  dataOf(typedApi.GET('/api/persons/{id}/certificates', byId(personId)));

export const createCertificate = (personId: string, body: CertificateBody) =>
  dataOf(typedApi.POST('/api/persons/{id}/certificates', { ...byId(personId), body }));

/** An edit carries the version it was made on (the server takes it as optional). */
export const updateCertificate = (
  id: string,
  body: Omit<CertificatePatch, 'version'> & { version: number },
) => dataOf(typedApi.PATCH('/api/certificates/{id}', { ...byId(id), body }));
