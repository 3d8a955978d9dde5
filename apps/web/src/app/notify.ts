import type { App } from 'antd';

type MessageApi = ReturnType<typeof App.useApp>['message'];

let messageApi: MessageApi | null = null;

/** Lets code outside React (the mutation cache) reach the themed antd message API. */
export function registerMessageApi(api: MessageApi | null): void {
  messageApi = api;
}

export function notifyError(text: string): void {
  messageApi?.error(text);
}
