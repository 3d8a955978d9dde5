import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, List, Popconfirm, Progress, Space, Typography, Upload, type UploadProps } from 'antd';
import { useState } from 'react';
import { currentCsrfToken } from '../api-client';
import { errorMessage } from '../api-error';
import { formatInstant } from '../format/date-time';
import {
  type AttachmentOwnerRef,
  attachmentsKey,
  attachmentUploadUrl,
  deleteAttachment,
  downloadAttachment,
  fetchAttachmentLimits,
  fetchAttachments,
  formatBytes,
} from './attachments-api';
import { EmptyState } from './empty-state';
import { QueryErrorAlert } from './query-error-alert';

interface AttachmentListProps extends AttachmentOwnerRef {
  /** only the files of this use (the owner kind's category), and uploads are filed under it */
  category?: string;
  /** may add and remove files (the server checks again) */
  editable: boolean;
  testId: string;
  /** after a file was added or removed (e.g. to refresh the owner's completeness) */
  onChange?: () => void;
}

/**
 * The files of one record: list, download, upload with progress and removal. The store checks the
 * content's real type and size; the hint shows the same limits before the user picks a file.
 */
export function AttachmentList({
  ownerKind,
  ownerId,
  category,
  editable,
  testId,
  onChange,
}: AttachmentListProps) {
  const { message } = App.useApp();
  const owner = { ownerKind, ownerId };
  const queryClient = useQueryClient();
  const files = useQuery({ queryKey: attachmentsKey(owner), queryFn: () => fetchAttachments(owner) });
  const limits = useQuery({
    queryKey: ['attachments', 'limits'],
    queryFn: fetchAttachmentLimits,
    staleTime: Infinity,
  });
  const [percent, setPercent] = useState<number | null>(null);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: attachmentsKey(owner) });
    onChange?.();
  };
  const remove = useMutation({
    mutationFn: deleteAttachment,
    onSuccess: () => {
      message.success('附件已删除');
      void refresh();
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const items = (files.data?.items ?? []).filter((f) => !category || f.category === category);
  const accept = limits.data?.types.map((t) => `.${t.ext}`).join(',');
  const hint = limits.data
    ? `支持 ${limits.data.types.map((t) => t.label).join('、')}，单个文件不超过 ${limits.data.maxSizeLabel}`
    : '';

  const uploadProps: UploadProps = {
    name: 'file',
    action: attachmentUploadUrl(owner, category),
    headers: { 'x-csrf-token': currentCsrfToken() ?? '' },
    withCredentials: true,
    showUploadList: false,
    ...(accept ? { accept } : {}),
    beforeUpload: (file) => {
      if (limits.data && file.size > limits.data.maxBytes) {
        message.error(`「${file.name}」超过 ${limits.data.maxSizeLabel}，请压缩或拆分后再上传`);
        return Upload.LIST_IGNORE;
      }
      return true;
    },
    onChange: ({ file }) => {
      if (file.status === 'uploading') setPercent(Math.round(file.percent ?? 0));
      if (file.status === 'done') {
        setPercent(null);
        message.success(`「${file.name}」已上传`);
        void refresh();
      }
      if (file.status === 'error') {
        setPercent(null);
        const body = file.response as { message?: string } | undefined;
        message.error(body?.message ?? `「${file.name}」上传失败，请重试`);
      }
    },
  };

  return (
    <div data-testid={testId}>
      <QueryErrorAlert error={files.error} onRetry={() => void files.refetch()} />
      <List
        size="small"
        loading={files.isLoading}
        dataSource={items}
        locale={{ emptyText: <EmptyState description="尚无附件" /> }}
        renderItem={(f) => (
          <List.Item
            actions={[
              <Button
                key="download"
                size="small"
                icon={<DownloadOutlined />}
                onClick={() => void downloadAttachment(f).catch((e) => message.error(errorMessage(e)))}
              >
                下载
              </Button>,
              ...(editable
                ? [
                    <Popconfirm key="delete" title="删除该附件？" onConfirm={() => remove.mutate(f.id)}>
                      <Button
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={`删除 ${f.fileName}`}
                      />
                    </Popconfirm>,
                  ]
                : []),
            ]}
          >
            <List.Item.Meta
              title={f.fileName}
              description={`${formatBytes(f.sizeBytes)} · ${formatInstant(String(f.createdAt))}`}
            />
          </List.Item>
        )}
      />
      {editable && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Upload {...uploadProps}>
            <Button icon={<UploadOutlined />} loading={percent !== null} data-testid={`${testId}-upload`}>
              上传附件
            </Button>
          </Upload>
          {percent !== null && <Progress percent={percent} size="small" />}
          <Typography.Text type="secondary">{hint}</Typography.Text>
        </Space>
      )}
    </div>
  );
}
