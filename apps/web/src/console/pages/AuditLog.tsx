import { useState } from 'react';
import { DatePicker, Input, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLang } from '../../shared/i18n';
import { useSession, useZone } from '../../shared/session';
import { useConnection } from '../../shared/paging';
import { fmtTime } from '../../shared/format';
import { EmptyHint } from '../../shared/ui';
import { AuditLogDoc } from '../operations';
import { PagedTable } from '../paged-table';
import { ExportButton } from '../export-button';
import type { AuditLogQuery } from '../gql/graphql';

type Entry = AuditLogQuery['auditLog']['edges'][number]['node'];

/** 审计日志: who did what to which record, when — filters and an Excel export. ADMIN all, staff their zones. */
export default function AuditLog() {
  const { t } = useLang();
  const { hasRole } = useSession();
  const { zones, zone } = useZone();
  const isAdmin = hasRole('ADMIN');
  const [zoneFilter, setZoneFilter] = useState<string>(isAdmin ? 'all' : (zone?.id ?? 'all'));
  const [action, setAction] = useState('');
  const [actorId, setActorId] = useState('');
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const filters = {
    zoneId: zoneFilter === 'all' ? null : zoneFilter,
    action: action || null,
    actorId: actorId || null,
    from: range ? range[0].startOf('day').toISOString() : null,
    to: range ? range[1].endOf('day').toISOString() : null,
  };
  const list = useConnection(AuditLogDoc, filters, (d) => d.auditLog, { pageSize: 50 });

  return (
    <>
      <div className="gr-page-head">
        <h2>{t('审计日志', 'Audit log')}</h2>
        <Space wrap>
          <Select value={zoneFilter} onChange={setZoneFilter} style={{ width: 160 }} aria-label={t('按片区筛选', 'Filter by zone')}
            options={[{ value: 'all', label: isAdmin ? t('全部片区', 'All zones') : t('我负责的片区', 'My zones') }, ...zones.map((z) => ({ value: z.id, label: z.name }))]} />
          <Input.Search allowClear placeholder={t('操作名，如 acceptNeed', 'Action, e.g. acceptNeed')} onSearch={(v) => setAction(v.trim())} style={{ width: 200 }} aria-label={t('按操作筛选', 'Filter by action')} data-testid="audit-action" />
          <Input.Search allowClear placeholder={t('操作人编号', 'Actor id')} onSearch={(v) => setActorId(v.trim())} style={{ width: 130 }} aria-label={t('按操作人筛选', 'Filter by actor')} />
          <DatePicker.RangePicker value={range} onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)} allowClear aria-label={t('时间范围', 'Period')} />
          <ExportButton path="/exports/audit.xlsx" params={filters} filename={t('审计日志', 'audit-log')} testId="audit-export" />
        </Space>
      </div>
      <PagedTable<Entry>
        list={list}
        total={list.totalCount}
        empty={<EmptyHint title={t('没有符合条件的记录', 'No entry matches')} hint={t('工作人员、理事、党委、单位管理员和管理员的每项操作都会记录在此。', 'Every action by staff, board members, the party committee, unit admins and admins is recorded here.')} />}
        columns={[
          { title: t('时间', 'Time'), width: 160, render: (_, e) => fmtTime(e.at) },
          { title: t('操作人', 'Actor'), width: 140, render: (_, e) => (e.actor ? `${e.actor.displayName}${e.actor.username ? `（${e.actor.username}）` : ''}` : '—') },
          { title: t('操作', 'Action'), width: 170, render: (_, e) => <code data-testid="audit-row-action">{e.action}</code> },
          { title: t('对象', 'Subject'), width: 150, render: (_, e) => (e.subjectId ? `${e.subjectType} #${e.subjectId}` : e.subjectType) },
          { title: t('片区', 'Zone'), width: 110, render: (_, e) => e.zone?.name ?? '—' },
          { title: t('详情', 'Detail'), render: (_, e) => <Typography.Text type="secondary" ellipsis={{ tooltip: e.detail }} style={{ maxWidth: 420 }}>{e.detail ?? ''}</Typography.Text> },
        ]}
      />
    </>
  );
}
