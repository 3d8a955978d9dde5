import { EyeOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Space, Typography } from 'antd';
import { revealPersonId } from '../person-api';

interface RevealIdProps {
  personId: string;
  masked: string;
  canReveal: boolean;
}

/** The masked ID number with, for users holding person:reveal, an audited "show in full" button. */
export function RevealableIdNumber({ personId, masked, canReveal }: RevealIdProps) {
  const reveal = useMutation({ mutationFn: () => revealPersonId(personId) });
  if (reveal.data) {
    return (
      <Typography.Text copyable data-testid="person-id-full">
        {reveal.data.idNumber}
      </Typography.Text>
    );
  }
  return (
    <Space>
      <span data-testid="person-id-masked">{masked}</span>
      {canReveal ? (
        <Button
          size="small"
          icon={<EyeOutlined />}
          loading={reveal.isPending}
          onClick={() => reveal.mutate()}
          data-testid="person-reveal-id"
        >
          查看完整证件号
        </Button>
      ) : null}
    </Space>
  );
}
