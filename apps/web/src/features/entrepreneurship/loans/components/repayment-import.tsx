import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../../app/api-error';
import { FileDragger } from '../../../../app/ui/file-dragger';
import { downloadRepaymentTemplate, type ImportOutcome, loansKey, uploadRepayments } from '../loans-api';

type RowError = ImportOutcome['errors'][number];

/**
 * The bank's repayment file: accepted whole or refused whole. A refusal lists every bad line with
 * its row and reason, and says plainly that nothing was booked.
 */
export function RepaymentImport() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: () => uploadRepayments(file!),
    meta: { silentError: true },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: loansKey }),
  });
  const outcome = upload.data;
  return (
    <section aria-labelledby="repayment-import-title">
      <Typography.Title level={2} id="repayment-import-title" style={{ fontSize: 16 }}>
        导入还款明细
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        每行一笔还款：借款合同编号、还款日期、归还本金、支付利息、银行流水号。任一行有误则整份文件退回、不登记任何还款；同一文件不能重复导入。
      </Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => void downloadRepaymentTemplate().then(() => message.success('模板已下载'))}
          data-testid="repayment-template"
        >
          下载模板
        </Button>
        <FileDragger
          accept=".xlsx"
          file={file}
          onChange={(f) => {
            setFile(f);
            upload.reset();
          }}
          text="点击或拖拽还款明细 .xlsx 文件到此处"
          hint="整份文件全部正确才入账"
          data-testid="repayment-file"
        />
        <Button
          type="primary"
          disabled={!file}
          loading={upload.isPending}
          onClick={() => upload.mutate()}
          data-testid="repayment-upload"
        >
          上传并入账
        </Button>
      </Space>
      {upload.error ? (
        <Alert type="error" showIcon title={errorMessage(upload.error)} style={{ marginTop: 16 }} />
      ) : null}
      {outcome?.status === 'accepted' ? (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 16 }}
          data-testid="repayment-accepted"
          title={`已入账 ${outcome.rows} 行（${outcome.booked.loans} 笔贷款），本金 ${outcome.booked.principal} 元，利息 ${outcome.booked.interest} 元`}
        />
      ) : null}
      {outcome?.status === 'refused' ? (
        <>
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 16 }}
            data-testid="repayment-refused"
            title={`文件已整份退回，未登记任何还款：${outcome.errors.length} 处错误，请修改后重新上传`}
          />
          <Table<RowError>
            style={{ marginTop: 8 }}
            size="small"
            rowKey={(e) => `${e.row}-${e.message}`}
            pagination={false}
            dataSource={outcome.errors}
            data-testid="repayment-errors"
            columns={[
              {
                title: '行号',
                dataIndex: 'row',
                key: 'row',
                width: 72,
                render: (r: number) => (r === 0 ? '整份' : r),
              },
              { title: '原因', dataIndex: 'message', key: 'message' },
            ]}
          />
        </>
      ) : null}
    </section>
  );
}
