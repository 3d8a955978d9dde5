import { Empty } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/**
 * The one empty state of the app (empty tables, lists, dropdowns and panels): antd's simple
 * picture above a short Chinese sentence, in readable secondary text.
 */
export function EmptyState({ description, style }: { description: ReactNode; style?: CSSProperties }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description} style={style} />;
}
