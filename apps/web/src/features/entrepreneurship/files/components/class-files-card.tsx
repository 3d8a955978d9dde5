import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Popconfirm, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../../../app/api-error';
import { usePermissions } from '../../../../app/auth/use-me';
import { filesFromClass, filesKey } from '../files-api';

/** The SYB family of courses whose trainees get an entrepreneurship file (EYB is for pupils). */
const FILED_COURSES = /SYB|IYB|GYB/;

/**
 * 「为本班学员建档」 on an SYB/IYB/GYB class: files every trainee of the viewer's area not yet filed,
 * and says how many were filed now and how many had a file already.
 */
export function ClassFilesCard({ cls }: { cls: { id: string; programme: string; occupation: string } }) {
  const can = usePermissions();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const make = useMutation({
    mutationFn: () => filesFromClass(cls.id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: filesKey }),
    onError: (e) => message.error(errorMessage(e)),
  });
  if (cls.programme !== 'entrepreneurship' || !FILED_COURSES.test(cls.occupation)) return null;
  if (!can('entrepreneurship:write')) return null;
  const done = make.data;
  return (
    <Card
      title="创业学员档案"
      extra={
        <Popconfirm
          title="为本班本辖区尚未建档的学员建立创业学员档案？"
          okText="建档"
          cancelText="取消"
          onConfirm={() => make.mutate()}
        >
          <Button type="primary" loading={make.isPending} data-testid="class-files-create">
            为本班学员建档
          </Button>
        </Popconfirm>
      }
      data-testid="class-files"
    >
      {done ? (
        <Alert
          type="success"
          showIcon
          title={`新建档案 ${done.created} 份，已有档案 ${done.skipped} 人（未重复建档）`}
          description={
            <>
              {done.numbers.length > 0 && (
                <div data-testid="class-files-numbers">档案编号：{done.numbers.join('、')}</div>
              )}
              <Link to="/entrepreneurship/files">到学员信息库（创业学员档案）查看</Link>
            </>
          }
          data-testid="class-files-result"
        />
      ) : (
        <Typography.Text type="secondary">
          结业后为本班学员建立创业学员档案，用于计划书评审、跟踪指导、创业担保贷款和开业统计；已建档的学员不会重复建档。
        </Typography.Text>
      )}
    </Card>
  );
}
