import { Layout, Menu } from 'antd';
import { useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../auth/use-me';
import { AppHeader } from './app-header';
import { buildMenuItems, selectedMenuKey } from './menu-items';
import { SkipLink } from './skip-link';

const mainId = 'main-content';

export function AppLayout() {
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <SkipLink target={mainId} />
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={210}
        theme="light"
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <div
          style={{
            height: 56,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            fontWeight: 600,
            fontSize: collapsed ? 16 : 18,
            color: '#b8312f',
          }}
        >
          {collapsed ? '民生' : '民生 · 人社服务'}
        </div>
        <nav aria-label="主菜单">
          <Menu
            mode="inline"
            data-testid="side-menu"
            selectedKeys={[selectedMenuKey(location.pathname)]}
            items={buildMenuItems(user.permissions)}
            onClick={({ key }) => navigate(key)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <AppHeader user={user} />
        <Layout.Content id={mainId} tabIndex={-1} style={{ margin: 16, outline: 'none' }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
