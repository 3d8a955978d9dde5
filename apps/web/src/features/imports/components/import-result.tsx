import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Table } from 'antd';
import { downloadErrors, type ImportJob } from '../import-api';

/** The outcome of a finished import: counts, and for a rejected file every bad row. */
export function ImportResultView({ job }: { job: ImportJob }) {
  if (job.status === 'failed') {
    return <Alert type="error" showIcon title="导入失败，未导入任何数据" description={job.message} />;
  }
  const r = job.result;
  if (!r) return null;
  const rejected = r.errors > 0;
  return (
    <>
      <Alert
        type={rejected ? 'error' : 'success'}
        showIcon
        data-testid="import-outcome"
        title={
          rejected
            ? `校验未通过，未导入任何数据：发现 ${r.errors} 处错误，请修改后重新导入整个文件`
            : `导入完成：新增 ${r.imported} 条，已存在且相同 ${r.unchanged} 条`
        }
        style={{ marginBottom: 16 }}
      />
      <Descriptions size="small" column={4} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="总行数">{r.total}</Descriptions.Item>
        <Descriptions.Item label="新增">{r.imported}</Descriptions.Item>
        <Descriptions.Item label="未变化">{r.unchanged}</Descriptions.Item>
        <Descriptions.Item label="错误">{r.errors}</Descriptions.Item>
      </Descriptions>
      {rejected ? (
        <>
          <Button
            icon={<DownloadOutlined />}
            onClick={() => void downloadErrors(job.id)}
            style={{ marginBottom: 12 }}
          >
            下载错误清单
          </Button>
          {r.errors > r.errorList.length ? (
            <Alert
              type="info"
              title={`下表列出前 ${r.errorList.length} 处错误，完整清单请下载`}
              style={{ marginBottom: 12 }}
            />
          ) : null}
          <Table
            rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
            size="small"
            dataSource={r.errorList}
            pagination={{ pageSize: 20 }}
            data-testid="import-errors"
            columns={[
              { title: '行号', dataIndex: 'row', width: 80 },
              { title: '列', dataIndex: 'column', width: 160 },
              { title: '填写内容', dataIndex: 'value', width: 200 },
              { title: '错误说明', dataIndex: 'message' },
            ]}
          />
        </>
      ) : null}
    </>
  );
}
