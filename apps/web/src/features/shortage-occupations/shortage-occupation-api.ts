import { api } from '../../app/api-client';
import type { Page, PageParams } from '../../app/paging';

export interface ShortageOccupation {
  id: number;
  occupation: string;
  catalogueName: string;
  publishedOn: string;
  refDoc: string | null;
  createdAt: string;
}

export interface ShortageOccupationBody {
  occupation: string;
  catalogueName: string;
  publishedOn: string;
  refDoc?: string;
}

export const shortageOccupationsKey = ['shortage-occupations'] as const;

export const fetchShortageOccupations = (q: string | undefined, paging: PageParams) =>
  api.get<Page<ShortageOccupation>>('/shortage-occupations', { q, ...paging });

export const createShortageOccupation = (body: ShortageOccupationBody) =>
  api.post<ShortageOccupation>('/shortage-occupations', body);
