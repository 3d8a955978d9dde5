import type { Answer } from '../../app/api/typed-client';

export type Dict = Answer<'/api/dicts', 'get'>[number];
export type DictItem = Dict['items'][number];
