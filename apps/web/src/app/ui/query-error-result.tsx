import { Button, Result } from 'antd';
import { errorMessage } from '../api-error';

interface QueryErrorResultProps {
  error: unknown;
  onRetry?: () => void;
}

/** Full-area error state for a page whose data failed to load. */
export function QueryErrorResult({ error, onRetry }: QueryErrorResultProps) {
  return (
    <Result
      status="error"
      title="加载失败"
      subTitle={errorMessage(error)}
      extra={onRetry ? <Button onClick={onRetry}>重试</Button> : undefined}
    />
  );
}
