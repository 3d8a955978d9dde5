import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../../app/api-error';
import { FileDragger } from '../../../../app/ui/file-dragger';
import {
  downloadTemplate,
  type ImportAnswer,
  type SheetKind,
  sheets,
  traineesKey,
  uploadSheet,
} from '../trainees-api';

type Row = ImportAnswer['rows'][number];

/**
 * Upload of a filled template (enrolment or sign-in): each row is taken or refused on its own; the
 * refused rows are listed with their reasons, ID numbers masked.
 */
export function SheetImportModal({
  kind,
  classId,
  onClose,
}: {
  kind: SheetKind;
  classId: string;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const sheet = sheets[kind];
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: () => uploadSheet(kind, classId, file!),
    meta: { silentError: true },
    onSuccess: (r) => {
      void queryClient.invalidateQueries({ queryKey: traineesKey(classId) });
      message.success(`已${sheet.accepted} ${r.accepted} 行，${r.refused} 行未${sheet.accepted}`);
    },
  });
  const refused = (upload.data?.rows ?? []).filter((r) => !r.accepted);

  return (
    <Modal
      open
      width={760}
      title={sheet.title}
      okText="上传"
      onOk={() => upload.mutate()}
      okButtonProps={{ disabled: !file, 'data-testid': `${kind}-import-submit` }}
      confirmLoading={upload.isPending}
      cancelText="关闭"
      onCancel={onClose}
      destroyOnHidden
    >
      <Button
        icon={<DownloadOutlined />}
        onClick={() => void downloadTemplate(kind).then(() => message.success('模板已下载'))}
        data-testid={`${kind}-template`}
      >
        下载模板
      </Button>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {sheet.hint}
      </Typography.Paragraph>
      <FileDragger
        accept=".xlsx"
        file={file}
        onChange={(f) => {
          setFile(f);
          upload.reset();
        }}
        text="点击或拖拽 .xlsx 文件到此处"
        hint="有误的行不影响其他行，上传后逐行列出原因"
        data-testid={`${kind}-import-file`}
      />
      {upload.error ? (
        <Alert type="error" showIcon title={errorMessage(upload.error)} style={{ marginTop: 16 }} />
      ) : null}
      {upload.data ? (
        <>
          <Alert
            type={refused.length > 0 ? 'warning' : 'success'}
            showIcon
            style={{ marginTop: 16 }}
            title={`已${sheet.accepted} ${upload.data.accepted} 行；${refused.length} 行未${sheet.accepted}${refused.length > 0 ? '，原因如下' : ''}`}
            data-testid={`${kind}-import-summary`}
          />
          {refused.length > 0 ? (
            <Table<Row>
              style={{ marginTop: 8 }}
              size="small"
              rowKey="row"
              pagination={false}
              dataSource={refused}
              data-testid={`${kind}-import-errors`}
              columns={[
                { title: '行号', dataIndex: 'row', key: 'row', width: 64 },
                { title: '公民身份号码', dataIndex: 'idNumberMasked', key: 'id', width: 180 },
                { title: '姓名', dataIndex: 'name', key: 'name', width: 90 },
                {
                  title: '原因',
                  dataIndex: 'messages',
                  key: 'messages',
                  render: (m: string[]) => m.join('；'),
                },
              ]}
            />
          ) : null}
        </>
      ) : null}
    </Modal>
  );
}
