import type { paths } from '../../app/api/openapi';
import type { Answer } from '../../app/api/typed-client';

/** One row of `GET /users`. */
export type UserItem = Answer<'/api/users', 'get'>['items'][number];

/** The list filters, as `GET /users` takes them. */
type ListQuery = NonNullable<paths['/api/users']['get']['parameters']['query']>;
export type UserFilters = Pick<ListQuery, 'orgId' | 'q'>;
