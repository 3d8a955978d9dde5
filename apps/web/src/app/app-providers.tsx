import { SearchOutlined } from '@ant-design/icons';
import { QueryClientProvider } from '@tanstack/react-query';
import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ReactNode, useEffect } from 'react';
import { readDayjsNowFromBureauClock } from './bureau-clock';
import { registerMessageApi } from './notify';
import { queryClient } from './query-client';
import { theme } from './theme';
import { EmptyState } from './ui/empty-state';

dayjs.locale('zh-cn');
readDayjsNowFromBureauClock();

function MessageBridge() {
  const { message } = App.useApp();
  useEffect(() => {
    registerMessageApi(message);
    return () => registerMessageApi(null);
  }, [message]);
  return null;
}

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider
      locale={zhCN}
      theme={theme}
      inputSearch={{ searchIcon: <SearchOutlined aria-label="搜索" /> }}
      renderEmpty={() => <EmptyState description="暂无数据" />}
    >
      <App>
        <MessageBridge />
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </App>
    </ConfigProvider>
  );
}
