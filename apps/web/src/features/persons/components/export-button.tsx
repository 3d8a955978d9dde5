import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { exportPersons } from '../person-api';
import type { PersonFilters } from '../person-types';

/** Downloads the current filter's persons as xlsx (masked IDs; the server audits the export). */
export function ExportButton({ filters }: { filters: PersonFilters }) {
  const { message } = App.useApp();
  const run = useMutation({
    mutationFn: () => exportPersons(filters),
    onSuccess: () => message.success('导出完成'),
  });
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={run.isPending}
      onClick={() => run.mutate()}
      data-testid="person-export"
    >
      导出 Excel
    </Button>
  );
}
