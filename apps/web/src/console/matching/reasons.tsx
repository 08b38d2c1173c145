import { useState } from 'react';
import { Button, List, Modal, Space, Table, Tag, Tooltip } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import { MatchingWeightsDoc } from './operations';

/** The stable reason codes, as the console names them. */
export const REASON_LABELS: Record<string, { zh: string; en: string; color: string }> = {
  TRACK_RECORD: { zh: '履历', en: 'Track record', color: 'gold' },
  RESOURCE: { zh: '资源', en: 'Resource', color: 'blue' },
  PAIRING: { zh: '两楼结对', en: 'Pairing', color: 'red' },
  PROXIMITY: { zh: '就近', en: 'Nearby', color: 'green' },
  CAPACITY: { zh: '余力', en: 'Capacity', color: 'cyan' },
  RELIABILITY: { zh: '守时', en: 'Reliability', color: 'purple' },
  WILLINGNESS: { zh: '意愿', en: 'Willingness', color: 'magenta' },
};

export interface Reason {
  code: string;
  text: string;
  weight: number;
}

/** The reasons of a match, each a tag with its code and the sentence naming the evidence. */
export function Reasons({ reasons, limit }: { reasons: Reason[]; limit?: number }) {
  const { lang } = useLang();
  const shown = limit ? reasons.slice(0, limit) : reasons;
  if (!shown.length) return null;
  return (
    <ul className="gr-reasons" style={{ listStyle: 'none', padding: 0, margin: '4px 0 0' }}>
      {shown.map((r) => {
        const l = REASON_LABELS[r.code] ?? { zh: r.code, en: r.code, color: 'default' };
        return (
          <li key={r.code} data-testid="match-reason" style={{ padding: '2px 0' }}>
            <Tooltip title={`${r.code} +${r.weight.toFixed(2)}`}>
              <Tag color={l.color}>{lang === 'zh' ? l.zh : l.en}</Tag>
            </Tooltip>
            <span>{r.text}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** The score as a percentage tag. */
export function ScoreTag({ score }: { score: number }) {
  const { t } = useLang();
  return <Tag color={score >= 0.5 ? 'red' : score >= 0.2 ? 'orange' : 'default'}>{t('匹配度', 'Fit')} {Math.round(score * 100)}%</Tag>;
}

/** A suggested unit in a list: its name and fit, its reasons below. */
export function UnitMatchMeta({ match }: { match: { unit: { name: string }; score: number; reasons: Reason[] } }) {
  return (
    <List.Item.Meta
      title={
        <Space>
          <b>{match.unit.name}</b>
          <ScoreTag score={match.score} />
        </Space>
      }
      description={<Reasons reasons={match.reasons} />}
    />
  );
}

/** 推荐规则: the weights of every match, read from the api's one table. */
export function MatchingHelp() {
  const { t, lang } = useLang();
  const [open, setOpen] = useState(false);
  const [{ data }] = useQuery({ query: MatchingWeightsDoc, pause: !open });
  const tables: Record<string, { zh: string; en: string }> = {
    UNITS: { zh: '为项目/需求推荐单位', en: 'Units for a project or need' },
    FOR_UNIT: { zh: '为单位推荐项目/心愿', en: 'Projects and wishes for a unit' },
    VOLUNTEERS: { zh: '为项目推荐志愿者', en: 'Volunteers for a project' },
  };
  return (
    <>
      <Button type="link" icon={<QuestionCircleOutlined />} onClick={() => setOpen(true)} data-testid="matching-help">
        {t('推荐规则', 'How matches are scored')}
      </Button>
      <Modal open={open} onCancel={() => setOpen(false)} footer={null} width={820} title={t('推荐规则与权重', 'Matching rules and weights')}>
        <p className="gr-muted">
          {t(
            '推荐只是建议，不会自动分派。每条理由的分值 = 权重 × 信号(0–1)，匹配度为各理由分值之和(0–1)。同样的数据总得到同样的排序。',
            'Suggestions only, never automatic assignment. Each reason adds weight × signal (0–1); the fit is their sum (0–1). The same data always gives the same order.',
          )}
        </p>
        <Table
          size="small"
          pagination={false}
          rowKey={(r) => `${r.table}:${r.code}`}
          dataSource={data?.matchingWeights ?? []}
          columns={[
            { title: t('用于', 'Used for'), width: 170, render: (_, r) => (lang === 'zh' ? tables[r.table]?.zh : tables[r.table]?.en) ?? r.table },
            { title: t('理由', 'Reason'), width: 110, render: (_, r) => <Tag color={REASON_LABELS[r.code]?.color}>{lang === 'zh' ? REASON_LABELS[r.code]?.zh : REASON_LABELS[r.code]?.en}</Tag> },
            { title: t('权重', 'Weight'), width: 70, render: (_, r) => r.weight.toFixed(2) },
            { title: t('如何计算', 'How it is measured'), render: (_, r) => (lang === 'zh' ? r.rule : r.ruleEn) },
          ]}
        />
      </Modal>
    </>
  );
}
