import { dataOf, typedApi } from '../../app/api/typed-client';
import type { CertificateBody, CertificatePatch } from './certificate-types';

export const certificatesKey = ['certificates'] as const;

const idPath = (id: string) => ({ params: { path: { id } } });

export const fetchPersonCertificates = (personId: string) =>
  dataOf(typedApi.GET('/api/persons/{id}/certificates', idPath(personId)));

export const createCertificate = (personId: string, body: CertificateBody) =>
  dataOf(typedApi.POST('/api/persons/{id}/certificates', { ...idPath(personId), body }));

/** An edit carries the version it was made on (the server takes it as optional). */
export const updateCertificate = (
  id: string,
  body: Omit<CertificatePatch, 'version'> & { version: number },
) => dataOf(typedApi.PATCH('/api/certificates/{id}', { ...idPath(id), body }));
