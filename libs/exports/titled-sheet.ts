import { StreamableFile } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { shanghaiDay } from '@app/common/shanghai-time';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Cell formats shared by every export. */
export const FMT = { YUAN: '#,##0.00', PERCENT: '0.00%', SCORE: '0.00', TIME: 'yyyy-mm-dd hh:mm' } as const;

export interface SheetColumn {
  header: string;
  width?: number;
  numFmt?: string;
}

/** What a list shows: the zone, the list's name, the filters in force (label → value) and the period. */
export interface SheetTitle {
  zone: string | null;
  list: string;
  filters?: [string, string | number | null | undefined][];
  period?: { from: Date | null; to: Date | null } | null;
}

/** A period as the council reads it: 2026-01-01 至 2026-03-31 (Shanghai days), 全部时间 without one. */
export function periodText(period: { from: Date | null; to: Date | null } | null | undefined): string {
  if (!period || (!period.from && !period.to)) return '全部时间';
  const from = period.from ? shanghaiDay(period.from) : '最早';
  const to = period.to ? shanghaiDay(period.to) : '今天';
  return `${from} 至 ${to}`;
}

/** 建工片区 · 需求审核 · 筛选：渠道 热线；关键词 电梯 · 时段：2026-01-01 至 2026-03-31 · 导出于 2026-04-01 */
export function titleText(t: SheetTitle, now = new Date()): string {
  const filters = (t.filters ?? []).filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => `${k} ${v}`);
  return [t.zone ?? '全部片区', t.list, `筛选：${filters.length ? filters.join('；') : '无'}`, `时段：${periodText(t.period)}`, `导出于 ${shanghaiDay(now)}`].join(' · ');
}

/**
 * Adds a sheet whose first row names what it holds (zone, list, filters, period), the second row
 * the column headers (both kept in view while scrolling), and the rows below. Every Excel export
 * is built with it, so every file reads the same way.
 */
export function addTitledSheet(wb: ExcelJS.Workbook, name: string, title: SheetTitle, columns: SheetColumn[], rows: Iterable<unknown[]> = []): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = columns.map((c, i) => ({ key: `c${i}`, width: c.width ?? 14 }));
  const head = ws.addRow([titleText(title)]);
  head.font = { bold: true, size: 13 };
  head.height = 22;
  ws.mergeCells(1, 1, 1, Math.max(columns.length, 1));
  ws.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const r of rows) addFormattedRow(ws, columns, r);
  return ws;
}

/** A data row with each column's number format applied. */
export function addFormattedRow(ws: ExcelJS.Worksheet, columns: SheetColumn[], values: unknown[]): ExcelJS.Row {
  const row = ws.addRow(values);
  columns.forEach((c, i) => {
    if (c.numFmt) row.getCell(i + 1).numFmt = c.numFmt;
  });
  return row;
}

export function newWorkbook(title: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '金色纽带 区域化党建项目平台';
  wb.created = new Date();
  wb.title = title;
  return wb;
}

/** One titled sheet as a finished file. */
export async function titledWorkbook(name: string, title: SheetTitle, columns: SheetColumn[], rows: Iterable<unknown[]>): Promise<Buffer> {
  const wb = newWorkbook(`${title.zone ?? ''} ${title.list}`.trim());
  addTitledSheet(wb, name, title, columns, rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The download: an ASCII file name for old clients and the Chinese one (RFC 5987) for the rest. */
export function xlsxDownload(file: Buffer, asciiStem: string, chineseStem: string): StreamableFile {
  const day = shanghaiDay(new Date()).replace(/-/g, '');
  return new StreamableFile(file, {
    type: XLSX_TYPE,
    length: file.length,
    disposition: `attachment; filename="${asciiStem}-${day}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${chineseStem}-${day}.xlsx`)}`,
  });
}
