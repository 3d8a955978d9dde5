import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

interface AuthCardProps {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
}

/** The centred card every sign-in step is shown in. */
export function AuthCard({ title, subtitle, children }: AuthCardProps) {
  return (
    <Flex
      align="center"
      justify="center"
      style={{ minHeight: '100vh', background: 'linear-gradient(135deg, #fdf3f2 0%, #f5f5f5 100%)' }}
    >
      <Card style={{ width: 440 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          民生 · 就业和社会保障服务平台
        </Typography.Title>
        <Typography.Title level={5} type="secondary" style={{ textAlign: 'center', marginTop: 0 }}>
          {title}
        </Typography.Title>
        {subtitle ? <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph> : null}
        {children}
      </Card>
    </Flex>
  );
}
