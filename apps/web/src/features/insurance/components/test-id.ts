import type { ButtonProps } from 'antd';

/** A data-testid for antd props objects (okButtonProps), which do not declare data-* attributes. */
export const testId = (id: string) => ({ 'data-testid': id }) as ButtonProps;
