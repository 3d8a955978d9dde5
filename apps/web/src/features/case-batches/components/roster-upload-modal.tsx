import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../../app/api-error';
import { EmptyState } from '../../../app/ui/empty-state';
import { FileDragger } from '../../../app/ui/file-dragger';
import { batchesKey, downloadRosterTemplate, fetchRosterCaseTypes, uploadRoster } from '../batch-api';

/**
 * 上传花名册: choose the 事项 (types filed on behalf of trainees), download the template, upload the
 * filled .xlsx. Every valid row becomes a submitted case; the batch page lists what happened per row.
 */
export function RosterUploadModal({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const types = useQuery({ queryKey: ['case-types', 'roster'], queryFn: fetchRosterCaseTypes });
  const [caseTypeId, setCaseTypeId] = useState<string | undefined>();
  const [file, setFile] = useState<File | null>(null);
  const chosen = caseTypeId ?? (types.data?.length === 1 ? types.data[0]!.id : undefined);

  const upload = useMutation({
    mutationFn: () => uploadRoster(chosen!, file!),
    meta: { silentError: true },
    onSuccess: (batch) => {
      void queryClient.invalidateQueries({ queryKey: batchesKey });
      message.success(
        `花名册 ${batch.number} 已提交：生成 ${batch.createdCount} 件案件，${batch.errorCount} 行有误`,
      );
      navigate(`/case-batches/${batch.id}`);
    },
  });

  return (
    <Modal
      open
      title="上传花名册"
      okText="上传并提交"
      onOk={() => upload.mutate()}
      okButtonProps={{ disabled: !chosen || !file, 'data-testid': 'roster-submit' }}
      confirmLoading={upload.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      {upload.error ? (
        <Alert type="error" showIcon title={errorMessage(upload.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Form layout="vertical">
        <Form.Item label="申请事项" htmlFor="roster-case-type" required>
          <Select
            id="roster-case-type"
            value={chosen}
            onChange={setCaseTypeId}
            loading={types.isLoading}
            placeholder="请选择机构代个人申领的事项"
            options={(types.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
            notFoundContent={<EmptyState description="暂无可代申领的事项" />}
            data-testid="roster-case-type"
          />
        </Form.Item>
        <Form.Item label="花名册模板">
          <Button
            icon={<DownloadOutlined />}
            onClick={() => void downloadRosterTemplate().then(() => message.success('模板已下载'))}
            data-testid="roster-template"
          >
            下载花名册模板
          </Button>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            每行一名学员：姓名、身份证号、职业(工种)、证书等级、证书编号、发证日期等；学员须已在人员登记中。
          </Typography.Paragraph>
        </Form.Item>
        <Form.Item label="花名册文件">
          <FileDragger
            accept=".xlsx"
            file={file}
            onChange={(f) => {
              setFile(f);
              upload.reset();
            }}
            text="点击或拖拽 .xlsx 文件到此处"
            hint="有误的行不影响其他行，提交后逐行列出原因"
            data-testid="roster-file"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
