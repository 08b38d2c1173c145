import { useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useLang } from '../shared/i18n';
import { sessionHeaders } from '../shared/session-store';

type Params = Record<string, string | number | boolean | null | undefined>;

/**
 * 导出 Excel: downloads `path` with the console's bearer token and the list's own filters as the
 * query string, so the file holds what the list shows. Every console list uses this one button.
 */
export function ExportButton({ path, params = {}, filename, testId, label, disabled }: { path: string; params?: Params; filename: string; testId: string; label?: string; disabled?: boolean }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const qs = new URLSearchParams();
      for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') qs.set(k, String(v));
      const res = await fetch(`${path}${qs.size ? `?${qs}` : ''}`, { headers: sessionHeaders('console'), credentials: 'same-origin' });
      if (!res.ok) throw new Error(String(res.status));
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = `${filename}-${dayjs().format('YYYYMMDD')}.xlsx`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      const status = (e as Error).message;
      message.error(
        status === '401' || status === '403' ? t('没有导出权限，请重新登录', 'Not allowed to export; sign in again') : t('导出失败，请稍后重试', 'Export failed, please retry'),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={download} disabled={disabled} data-testid={testId}>
      {label ?? t('导出 Excel', 'Export to Excel')}
    </Button>
  );
}
