import dayjs from 'dayjs';

export const fmtTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');
export const fmtDate = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—');

/** Money is kept in integer fen; shown in yuan. */
export const yuan = (fen: number | null | undefined) =>
  `¥${((fen ?? 0) / 100).toLocaleString('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`;
export const toFen = (yuanValue: number | null | undefined) => Math.round((yuanValue ?? 0) * 100);

export const percent = (rate: number | null | undefined, digits = 1) =>
  rate == null ? '—' : `${(rate * 100).toFixed(digits)}%`;
