export interface Page<T> {
  items: T[];
  total: number;
  /** Set by lists that stop counting at a cap (persons: 1000); `total` is then a lower bound. */
  totalCapped?: boolean;
}

export interface PageParams {
  page: number;
  pageSize: number;
}

export const firstPage: PageParams = { page: 1, pageSize: 20 };

/** antd Table pagination props for a server-side paged list. */
export function tablePagination(
  params: PageParams,
  total: number | undefined,
  onChange: (p: PageParams) => void,
  totalCapped = false,
) {
  return {
    current: params.page,
    pageSize: params.pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    showTotal: (count: number) => (totalCapped ? `超过 ${count} 条，请缩小查询范围` : `共 ${count} 条`),
    onChange: (page: number, pageSize: number) =>
      onChange({ page: pageSize === params.pageSize ? page : 1, pageSize }),
  };
}
