import { type Body, dataOf, typedApi } from '../../app/api/typed-client';

export const dictsKey = ['dicts'] as const;

export const fetchDicts = () => dataOf(typedApi.GET('/api/dicts'));

export const createDictItem = (dictCode: string, body: Body<'/api/dicts/{code}/items', 'post'>) =>
  dataOf(typedApi.POST('/api/dicts/{code}/items', { params: { path: { code: dictCode } }, body }));

export const updateDictItem = (
  dictCode: string,
  itemCode: string,
  body: Body<'/api/dicts/{code}/items/{itemCode}', 'patch'>,
) =>
  dataOf(
    typedApi.PATCH('/api/dicts/{code}/items/{itemCode}', {
      params: { path: { code: dictCode, itemCode } },
      body,
    }),
  );
