import { Alert, Button } from 'antd';
import { errorMessage } from '../api-error';

interface QueryErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
}

/** Inline error state above a table or inside a card. */
export function QueryErrorAlert({ error, onRetry }: QueryErrorAlertProps) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={`加载失败：${errorMessage(error)}`}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            重试
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
