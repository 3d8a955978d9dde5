import { Button, type ButtonProps } from 'antd';
import { useHref, useLinkClickHandler } from 'react-router-dom';

/**
 * A button that goes to another page of the app: one link (one Tab stop, opens in a new tab on
 * Ctrl-click), drawn as an antd button. Use it instead of a `<Link>` wrapped around a `<Button>`,
 * which puts two focusable elements where one is meant.
 */
export function LinkButton({ to, ...props }: Omit<ButtonProps, 'href' | 'onClick'> & { to: string }) {
  const href = useHref(to);
  const onClick = useLinkClickHandler<HTMLElement>(to);
  return <Button {...props} href={href} onClick={onClick} />;
}
