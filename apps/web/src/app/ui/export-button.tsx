import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { api, type Query } from '../api-client';

interface ExportButtonProps {
  /** The list's export endpoint, e.g. `/employers/export.xlsx`. */
  path: string;
  /** The list's current filter, so the file holds exactly what the screen shows. */
  filters: object;
  fileName: string;
  testId: string;
}

/** Downloads the current filtered list as xlsx (masked IDs; the server audits every export). */
export function ExportButton({ path, filters, fileName, testId }: ExportButtonProps) {
  const { message } = App.useApp();
  const run = useMutation({
    mutationFn: () => api.download(path, { ...filters } as Query, fileName),
    onSuccess: () => message.success('导出完成'),
  });
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={run.isPending}
      onClick={() => run.mutate()}
      data-testid={testId}
    >
      导出 Excel
    </Button>
  );
}
