import { Button, Result } from 'antd';
import { useRouteError } from 'react-router-dom';
import { errorMessage } from '../api-error';

/** Shown when a page fails to render or its code cannot be loaded (e.g. after a new version was deployed). */
export function RouteError() {
  const error = useRouteError();
  const chunkFailed =
    error instanceof TypeError && /dynamically imported module|Importing a module script/.test(error.message);
  return (
    <Result
      status="error"
      title={chunkFailed ? '页面加载失败，系统可能已更新' : '页面出错了'}
      subTitle={chunkFailed ? '请刷新页面后重试。' : errorMessage(error)}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          刷新页面
        </Button>
      }
    />
  );
}
