import { Column, ColumnOptions, CreateDateColumn, UpdateDateColumn } from 'typeorm';

/**
 * Column shapes that mean the same on MySQL/MariaDB and on SQLite, so one set of entities serves
 * both databases. Enums are stored as short strings; times as UTC datetimes with milliseconds.
 */
export const EnumColumn = (options: ColumnOptions = {}) => Column({ type: 'varchar', length: 32, ...options });
export const TimeColumn = (options: ColumnOptions = {}) => Column({ type: 'datetime', precision: 3, ...options });
export const CreatedAt = () => CreateDateColumn({ type: 'datetime', precision: 6 });
export const UpdatedAt = () => UpdateDateColumn({ type: 'datetime', precision: 6 });
export const IdRef = (options: ColumnOptions = {}) => Column({ type: 'int', ...options });
export const TextColumn = (options: ColumnOptions = {}) => Column({ type: 'text', ...options });
export const BoolColumn = (options: ColumnOptions = {}) => Column({ type: 'boolean', default: false, ...options });
