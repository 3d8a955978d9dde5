import { Space, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { type Page, type PageParams, tablePagination } from '../paging';
import { EmptyState } from './empty-state';
import { QueryErrorAlert } from './query-error-alert';

/** The part of a list's query result the table shows. */
interface ListQuery<T> {
  data?: Page<T> | undefined;
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}

interface PagedTableProps<T> {
  /** Filter controls (selects, search), each with its own aria-label, in a wrapping row above the table. */
  filters?: ReactNode;
  query: ListQuery<T>;
  paging: PageParams;
  onPagingChange: (p: PageParams) => void;
  /** The sentence of the empty table. */
  emptyText: string;
  columns: NonNullable<TableProps<T>['columns']>;
  onRow?: TableProps<T>['onRow'];
  /** Defaults to `query.isFetching`. */
  loading?: boolean;
  'data-testid': string;
}

/**
 * A server-paged list of rows with an `id`: its filters, the load error with 重试, then the small
 * table with the app's empty state and pagination.
 */
export function PagedTable<T extends { id: string }>({
  filters,
  query,
  paging,
  onPagingChange,
  emptyText,
  columns,
  onRow,
  loading,
  'data-testid': testId,
}: PagedTableProps<T>) {
  return (
    <>
      {filters && (
        <Space wrap style={{ marginBottom: 16 }}>
          {filters}
        </Space>
      )}
      <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<T>
        rowKey="id"
        size="small"
        loading={loading ?? query.isFetching}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: <EmptyState description={emptyText} /> }}
        pagination={tablePagination(paging, query.data?.total, onPagingChange)}
        onRow={onRow}
        data-testid={testId}
        columns={columns}
      />
    </>
  );
}
