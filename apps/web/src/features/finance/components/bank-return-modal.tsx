import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../../app/api-error';
import { FileDragger } from '../../../app/ui/file-dragger';
import { downloadBankReturnTemplate, type PayResult, uploadBankReturn } from '../finance-api';
import { usePlanAction } from './use-plan-action';

function UploadError({ error }: { error: unknown }) {
  if (!error) return null;
  const details = error instanceof ApiError && Array.isArray(error.details) ? error.details : [];
  return (
    <Alert
      type="error"
      showIcon
      title={errorMessage(error)}
      description={
        details.length ? (
          <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="bank-return-errors">
            {details.map((d: { path?: string; message?: string }, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the server's list has no ids and never reorders
              <li key={i}>{d.path ? `${d.path}：${d.message}` : d.message}</li>
            ))}
          </ul>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}

/** 导入银行回单: the bank's line-by-line result (成功 with 流水号 / 失败 with 原因) as .xlsx or .csv. */
export function BankReturnModal({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const upload = usePlanAction(
    planId,
    (f: File) => uploadBankReturn(planId, f),
    (p) => {
      const r = p as PayResult;
      return r.applied
        ? `已登记 ${r.applied} 条支付结果${r.replayed ? `，${r.replayed} 条此前已登记` : ''}`
        : `回单中的 ${r.replayed} 条结果此前均已登记，未重复支付`;
    },
    { silentError: true, onSuccess: onClose },
  );
  return (
    <Modal
      open
      title="导入银行回单"
      okText="导入"
      onOk={() => file && upload.mutate(file)}
      okButtonProps={{ disabled: !file, 'data-testid': 'bank-return-submit' }}
      confirmLoading={upload.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <UploadError error={upload.error} />
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          列：支付指令号、结果（成功/失败）、银行流水号、失败原因。任一行有误则不登记任何结果。
        </Typography.Paragraph>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => void downloadBankReturnTemplate().then(() => message.success('模板已下载'))}
        >
          下载回单模板
        </Button>
        <FileDragger
          accept=".xlsx,.csv"
          file={file}
          onChange={(f) => {
            setFile(f);
            upload.reset();
          }}
          text="点击或拖拽 .xlsx / .csv 文件到此处"
          data-testid="bank-return-file"
        />
      </Space>
    </Modal>
  );
}
