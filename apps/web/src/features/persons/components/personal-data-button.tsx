import { FileProtectOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { downloadPersonalData } from '../person-api';

/**
 * 个人信息副本: everything held about the person, for answering their request to see and copy
 * it (PIPL art. 45). The file shows the ID number in full, so the officer confirms first; the
 * server audits the export.
 */
export function PersonalDataButton({ personId }: { personId: string }) {
  const { message, modal } = App.useApp();
  const run = useMutation({
    mutationFn: () => downloadPersonalData(personId),
    onSuccess: () => message.success('个人信息副本已导出'),
  });
  return (
    <Button
      icon={<FileProtectOutlined />}
      loading={run.isPending}
      data-testid="person-personal-data"
      onClick={() =>
        modal.confirm({
          title: '导出个人信息副本',
          content:
            '文件包含此人的全部个人信息（含完整证件号码、联系电话），仅用于答复本人查阅、复制个人信息的申请。导出将记入审计日志。',
          okText: '导出',
          cancelText: '取消',
          onOk: () => run.mutate(),
        })
      }
    >
      个人信息副本
    </Button>
  );
}
