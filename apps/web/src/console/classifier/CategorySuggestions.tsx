import { Progress, Tag } from 'antd';
import { BulbOutlined, CheckCircleFilled } from '@ant-design/icons';
import { useLang } from '../../shared/i18n';
import type { NeedCategory } from '../gql/graphql';

export interface CategorySuggestionView {
  category: NeedCategory;
  confidence: number;
  because: string[];
}

/**
 * The platform's suggested categories on a review card: best first, at most three, each with its
 * confidence and the words of the need that weighed most (as chips). The parent preselects the
 * first; any of the three is one click away. Staff can still pick any category elsewhere.
 */
export function CategorySuggestions({
  suggestions,
  value,
  onChange,
}: {
  suggestions: readonly CategorySuggestionView[];
  value: NeedCategory | undefined;
  onChange: (category: NeedCategory) => void;
}) {
  const { t, L } = useLang();
  if (suggestions.length === 0) {
    return (
      <div className="gr-muted" data-testid="suggestions-pending">
        <BulbOutlined /> {t('正在分析分类，稍后刷新即可看到建议', 'The suggestion is on its way; refresh in a moment')}
      </div>
    );
  }
  return (
    <div role="radiogroup" aria-label={t('系统建议分类', 'Suggested categories')} className="gr-suggestions" data-testid="category-suggestions">
      {suggestions.map((s, i) => {
        const selected = s.category === value;
        const pct = Math.round(s.confidence * 100);
        return (
          <button
            key={s.category}
            type="button"
            role="radio"
            aria-checked={selected}
            className={`gr-suggestion${selected ? ' is-selected' : ''}`}
            data-testid="suggestion-option"
            data-category={s.category}
            onClick={() => onChange(s.category)}
          >
            <div className="gr-suggestion-head">
              {selected ? <CheckCircleFilled style={{ color: '#c8102e' }} /> : <span className="gr-suggestion-rank">{i + 1}</span>}
              <b>{L('NeedCategory', s.category)}</b>
              <Progress
                percent={pct}
                size="small"
                showInfo={false}
                style={{ width: 72, margin: 0 }}
                strokeColor={s.confidence >= 0.6 ? '#52c41a' : undefined}
                aria-label={t(`置信度 ${pct}%`, `confidence ${pct}%`)}
              />
              <span className="gr-muted" style={{ minWidth: 36, textAlign: 'right' }}>
                {pct}%
              </span>
            </div>
            {s.because.length > 0 && (
              <div className="gr-suggestion-words" aria-label={t('依据的词', 'Because of')}>
                <span className="gr-muted">{t('依据', 'because')}</span>
                {s.because.map((w) => (
                  <Tag key={w} bordered={false} color={selected ? 'red' : undefined} data-testid="because-chip">
                    {w}
                  </Tag>
                ))}
              </div>
            )}
          </button>
        );
      })}
    </div>
  );
}
