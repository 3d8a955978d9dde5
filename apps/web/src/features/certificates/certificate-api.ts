import { api } from '../../app/api-client';
import type { Certificate, CertificateBody } from './certificate-types';

export const certificatesKey = ['certificates'] as const;

export const fetchPersonCertificates = (personId: string) =>
  api.get<{ items: Certificate[] }>(`/persons/${personId}/certificates`);

export const createCertificate = (personId: string, body: CertificateBody) =>
  api.post<Certificate>(`/persons/${personId}/certificates`, body);

export const updateCertificate = (id: string, body: Partial<CertificateBody> & { version: number }) =>
  api.patch<Certificate>(`/certificates/${id}`, body);
