import type { ReactNode } from 'react';

const style = { fontSize: 16, margin: 0 } as const;

/**
 * The page's one h1, sized as the card title it sits in: screen readers and the accessibility scan
 * find the page's heading, sighted users see the usual card title.
 */
export function PageTitle({ children }: { children: ReactNode }) {
  return <h1 style={style}>{children}</h1>;
}
