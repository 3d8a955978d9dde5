import { type Answer, byId, dataOf, typedApi } from '../../../app/api/typed-client';
import type { PageParams } from '../../../app/paging';

export type PostPage = Answer<'/api/entitlements/posts', 'get'>;
export type PostItem = PostPage['items'][number];
export type PostDetail = Answer<'/api/entitlements/posts/{id}', 'get'>;
export type PostKind = PostItem['kind'];
export type PostStatus = 'open' | 'ended';

export const postsKey = ['entitlements', 'posts'] as const;

export const postKindOptions: { value: PostKind; label: string }[] = [
  { value: 'public_welfare', label: '政府投资开发的公益性岗位' },
  { value: 'institution_odd_job', label: '机关、事业单位勤杂岗位' },
];

export type PostFilters = { status?: PostStatus; q?: string };

export interface RegisterPostBody {
  employerId: string;
  title: string;
  kind: PostKind;
  holderPersonId: string;
  startOn: string;
  continuousSinceMonth?: string | null;
}

export const fetchPosts = (filters: PostFilters, paging: PageParams) =>
  dataOf(typedApi.GET('/api/entitlements/posts', { params: { query: { ...filters, ...paging } } }));
export const fetchPost = (id: string) => dataOf(typedApi.GET('/api/entitlements/posts/{id}', byId(id)));
export const registerPost = (body: RegisterPostBody) =>
  dataOf(typedApi.POST('/api/entitlements/posts', { body }));
export const endPost = (id: string, body: { version: number; endedOn: string; reason: string }) =>
  dataOf(typedApi.POST('/api/entitlements/posts/{id}/end', { ...byId(id), body }));
export const approveExtension = (id: string, body: { version: number; note: string }) =>
  dataOf(typedApi.POST('/api/entitlements/posts/{id}/extension', { ...byId(id), body }));
