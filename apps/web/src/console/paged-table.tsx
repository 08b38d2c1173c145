import type { ReactNode } from 'react';
import { Card, Table, type TableColumnsType } from 'antd';
import type { Paged } from '../shared/paging';
import { ErrorBox, LoadMore } from '../shared/ui';

/**
 * A paged list as a table: the error (with retry), the rows (the loaded nodes unless a filtered
 * view is passed) with `empty` when there are none, then "加载更多". In a padding-less card
 * unless `card` is false; `total` as for LoadMore.
 */
export function PagedTable<N extends { id: string }>({
  list,
  rows = list.nodes,
  columns,
  empty,
  card = true,
  total,
}: {
  list: Paged<N>;
  rows?: N[];
  columns: TableColumnsType<N>;
  empty: ReactNode;
  card?: boolean;
  total?: number | null;
}) {
  const table = (
    <Table<N> rowKey="id" loading={list.loading} dataSource={rows} pagination={false} locale={{ emptyText: empty }} columns={columns} />
  );
  return (
    <>
      <ErrorBox error={list.error} onRetry={list.refresh} />
      {card ? <Card styles={{ body: { padding: 0 } }}>{table}</Card> : table}
      <LoadMore list={list} total={total} />
    </>
  );
}
