import { useState, type ReactNode } from 'react';
import { Alert, Button, Form, Modal, type FormInstance } from 'antd';
import { useMutation, type AnyVariables, type DocumentInput } from 'urql';
import { useLang } from './i18n';
import { showOnForm } from './errors';

/**
 * A form that sends one mutation: whether it is sending, and the refusal that belongs to no field
 * (show it with <FormRefusal>). `send(variables)` runs the mutation: a refusal naming a field goes
 * under that field of `form` (`fields`: the server's field → the form's, or a list of names both
 * use), the rest into `error`, and it resolves to null; else to the mutation's data.
 */
export function useFormMutation<Data, Variables extends AnyVariables>(
  form: FormInstance,
  doc: DocumentInput<Data, Variables>,
  fields: string[] | Record<string, string>,
) {
  const { lang } = useLang();
  const [error, setError] = useState<string | null>(null);
  const [state, mutate] = useMutation(doc);
  const send = async (variables: Variables): Promise<Data | null> => {
    setError(null);
    const r = await mutate(variables);
    if (r.error) {
      setError(showOnForm(form, r.error, lang, fields));
      return null;
    }
    return r.data as Data;
  };
  return { error, busy: state.fetching, send };
}

/** The refusal of a form's mutation that belongs to no field, above the form. */
export function FormRefusal({ error, testId }: { error: string | null; testId?: string }) {
  return error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid={testId} /> : null;
}

/**
 * A dialog holding one form that sends one mutation (with useFormMutation's `error` and `busy`):
 * the refusal above, an optional line of explanation, the fields, one full-width submit button.
 */
export function FormModal<V>({
  open = true,
  title,
  width,
  onClose,
  form,
  onFinish,
  initialValues,
  sending,
  intro,
  submitText,
  submitTestId,
  children,
}: {
  open?: boolean;
  title: ReactNode;
  width?: number;
  onClose: () => void;
  form: FormInstance<V>;
  onFinish: (values: V) => void;
  initialValues?: Record<string, unknown>;
  sending: { error: string | null; busy: boolean };
  intro?: ReactNode;
  submitText: string;
  submitTestId?: string;
  children: ReactNode;
}) {
  return (
    <Modal open={open} title={title} onCancel={onClose} footer={null} destroyOnHidden width={width}>
      <FormRefusal error={sending.error} />
      {intro}
      <Form<V> form={form} layout="vertical" onFinish={onFinish} initialValues={initialValues}>
        {children}
        <Button type="primary" htmlType="submit" block loading={sending.busy} data-testid={submitTestId}>
          {submitText}
        </Button>
      </Form>
    </Modal>
  );
}
