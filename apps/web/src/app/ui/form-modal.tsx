import { useMutation } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { App, Modal } from 'antd';
import type { ReactNode } from 'react';
import { applyServerErrors } from './form-errors';

interface FormSaveOptions<V> {
  mutationFn: (values: V) => Promise<unknown>;
  /** Shown once saved. */
  successMessage: string;
  /** Where a 409 CONFLICT message (e.g. a duplicate number) goes; see `applyServerErrors`. */
  conflictField?: string;
  onSaved: () => void;
}

/**
 * The save mutation of a form: success message then `onSaved`; the server's field and conflict
 * messages land under their fields, anything else as a message.
 */
export function useFormSave<V>(
  form: FormInstance<V>,
  { mutationFn, successMessage, conflictField, onSaved }: FormSaveOptions<V>,
) {
  const { message } = App.useApp();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      message.success(successMessage);
      onSaved();
    },
    onError: (error) => {
      if (!applyServerErrors(form, error, conflictField)) message.error(error.message);
    },
  });
}

interface FormModalProps {
  title: string;
  form: FormInstance;
  saving: boolean;
  /** `data-testid` of the 保存 button. */
  submitTestId: string;
  onClose: () => void;
  /** wider than antd's default for long forms */
  width?: number;
  children: ReactNode;
}

/** An always-open modal around one form: 保存 submits the form, closing discards it. */
export function FormModal({ title, form, saving, submitTestId, onClose, width, children }: FormModalProps) {
  return (
    <Modal
      open
      width={width}
      title={title}
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': submitTestId }}
    >
      {children}
    </Modal>
  );
}
