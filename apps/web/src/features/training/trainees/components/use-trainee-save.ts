import { useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useFormSave } from '../../../../app/ui/form-modal';
import { traineesKey } from '../trainees-api';

/** A trainee form's save: the house form save, then the class's list refreshed and the modal closed. */
export function useTraineeSave<V>(
  form: FormInstance<V>,
  classId: string,
  onClose: () => void,
  opts: { mutationFn: (values: V) => Promise<unknown>; successMessage: string; conflictField?: string },
) {
  const queryClient = useQueryClient();
  return useFormSave(form, {
    ...opts,
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: traineesKey(classId) });
      onClose();
    },
  });
}
