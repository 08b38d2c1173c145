import { Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useLang } from '../shared/i18n';

/** Opens the server-rendered A4 public notice (公示) of a project, with its QR code, in a new tab. */
export function PrintNoticeButton({ projectId }: { projectId: string }) {
  const { t } = useLang();
  return (
    <Button icon={<PrinterOutlined />} href={`/print/projects/${projectId}`} target="_blank" rel="noopener" data-testid="print-notice">
      {t('打印公示', 'Print public notice')}
    </Button>
  );
}

/** Opens the printable household-visit sheet (入户访问记录表) of a survey in a new tab. */
export function PrintVisitSheetButton({ surveyId }: { surveyId: string }) {
  const { t } = useLang();
  return (
    <Button icon={<PrinterOutlined />} href={`/print/surveys/${surveyId}`} target="_blank" rel="noopener" data-testid="print-visit-sheet">
      {t('打印入户访问表', 'Print visit sheet')}
    </Button>
  );
}
