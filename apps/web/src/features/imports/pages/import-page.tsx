import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Progress, Select, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../../app/api-error';
import { EmptyState } from '../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { OrgTreeSelect } from '../../orgs/components/org-tree-select';
import { ImportResultView } from '../components/import-result';
import {
  downloadTemplate,
  fetchImportJob,
  fetchImportKinds,
  importKindsKey,
  startImport,
} from '../import-api';

const finished = (status: string | undefined) => status === 'succeeded' || status === 'failed';

/**
 * Excel import: pick the kind, download its template, upload the filled file. The server checks
 * every row and imports all of them or none; this page follows the background job's progress.
 */
export function ImportPage() {
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const kinds = useQuery({ queryKey: importKindsKey, queryFn: fetchImportKinds });
  const items = kinds.data?.items ?? [];
  const kind = items.find((k) => k.kind === params.get('kind')) ?? items[0];
  const [file, setFile] = useState<File | null>(null);
  const [orgId, setOrgId] = useState<number | undefined>();
  const [jobId, setJobId] = useState<string | null>(null);

  const start = useMutation({
    mutationFn: () => startImport(kind!.kind, file!, orgId),
    onSuccess: ({ id }) => setJobId(id),
  });
  const job = useQuery({
    queryKey: ['imports', 'job', jobId],
    queryFn: () => fetchImportJob(jobId!),
    enabled: jobId !== null,
    refetchInterval: (q) => (finished(q.state.data?.status) ? false : 500),
  });
  const running = jobId !== null && !finished(job.data?.status);
  const percent = job.data?.total ? Math.min(100, Math.floor((job.data.progress / job.data.total) * 100)) : 0;

  const choose = (next: string) => {
    setParams({ kind: next }, { replace: true });
    setJobId(null);
  };

  if (kinds.isSuccess && items.length === 0) return <EmptyState description="您没有可导入的数据类型" />;
  return (
    <Card title="Excel 导入">
      <QueryErrorAlert error={kinds.error} />
      {start.error ? (
        <Alert type="error" showIcon title={errorMessage(start.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Form layout="vertical" style={{ maxWidth: 640 }}>
        <Form.Item label="导入类型" htmlFor="import-kind">
          <Space>
            <Select
              id="import-kind"
              style={{ width: 220 }}
              value={kind?.kind}
              onChange={choose}
              options={items.map((k) => ({ value: k.kind, label: k.label }))}
              data-testid="import-kind"
            />
            <Button
              icon={<DownloadOutlined />}
              disabled={!kind}
              onClick={() =>
                void downloadTemplate(kind!.kind, kind!.label).then(() => message.success('模板已下载'))
              }
              data-testid="import-template"
            >
              下载导入模板
            </Button>
          </Space>
          {kind ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              模板列：{kind.columns.join('、')}。红色表头为必填；字典列请从下拉列表选择。
            </Typography.Paragraph>
          ) : null}
        </Form.Item>
        <Form.Item
          label="默认所属机构"
          htmlFor="import-org"
          extra="“所属机构”列留空的行归入此机构；不选则为您所在的机构"
        >
          <OrgTreeSelect
            id="import-org"
            value={orgId ?? null}
            onChange={setOrgId}
            allowClear
            placeholder="您所在的机构"
          />
        </Form.Item>
        <Form.Item label="选择文件">
          <Upload.Dragger
            accept=".xlsx"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              setJobId(null);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击或拖拽 .xlsx 文件到此处</p>
            <p className="ant-upload-hint">
              全部行通过校验才会导入；有任何错误则不导入任何数据，并列出全部错误
            </p>
          </Upload.Dragger>
        </Form.Item>
        <Button
          type="primary"
          icon={<UploadOutlined />}
          disabled={!file || !kind || running}
          loading={start.isPending || running}
          onClick={() => start.mutate()}
          data-testid="import-start"
        >
          开始导入
        </Button>
      </Form>
      {jobId ? (
        <div style={{ marginTop: 24 }} data-testid="import-progress">
          <Progress
            aria-label="导入进度"
            percent={finished(job.data?.status) ? 100 : percent}
            status={running ? 'active' : undefined}
          />
          <Typography.Text type="secondary">{job.data?.message ?? '等待处理…'}</Typography.Text>
          {job.data && finished(job.data.status) ? (
            <div style={{ marginTop: 16 }}>
              <ImportResultView job={job.data} />
            </div>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
