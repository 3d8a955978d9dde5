import { api } from '../../app/api-client';
import type { Dict, DictItem } from './dict-types';

export const dictsKey = ['dicts'] as const;

export const fetchDicts = () => api.get<Dict[]>('/dicts');

export const createDictItem = (dictCode: string, body: { code: string; label: string; sort: number }) =>
  api.post<DictItem>(`/dicts/${dictCode}/items`, body);

export const updateDictItem = (
  dictCode: string,
  itemCode: string,
  body: { label?: string; sort?: number; active?: boolean },
) => api.patch<DictItem>(`/dicts/${dictCode}/items/${itemCode}`, body);
