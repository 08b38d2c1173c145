import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

interface Connection<N> {
  edges: { node: N; cursor: string }[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  totalCount?: number;
}

export interface Paged<N> {
  nodes: N[];
  totalCount: number | null;
  hasMore: boolean;
  loading: boolean;
  loadingMore: boolean;
  error: CombinedError | null;
  loadMore: () => void;
  refresh: () => void;
}

/**
 * A list that pages with the api's cursors: the first page loads when the variables change,
 * `loadMore` appends the next one ("加载更多"), `refresh` starts again from the top.
 * Stale answers (variables changed meanwhile) are dropped.
 */
export function useConnection<D, V extends Record<string, unknown>, N>(
  doc: TypedDocumentNode<D, V>,
  variables: Omit<V, 'first' | 'after'>,
  select: (data: D) => Connection<N> | null | undefined,
  options: { pageSize?: number; pause?: boolean; pollMs?: number } = {},
): Paged<N> {
  const client = useClient();
  const pageSize = options.pageSize ?? 20;
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{
    nodes: N[];
    totalCount: number | null;
    endCursor: string | null;
    hasMore: boolean;
    loading: boolean;
    loadingMore: boolean;
    error: CombinedError | null;
  }>({ nodes: [], totalCount: null, endCursor: null, hasMore: false, loading: !options.pause, loadingMore: false, error: null });
  const generation = useRef(0);
  const selectRef = useRef(select);
  selectRef.current = select;

  const fetchPage = useCallback(
    async (after: string | null, gen: number) => {
      const vars = { ...JSON.parse(key), first: pageSize, after } as unknown as V;
      const result = await client.query(doc, vars, { requestPolicy: 'network-only' }).toPromise();
      if (gen !== generation.current) return;
      const conn = result.data ? selectRef.current(result.data) : null;
      setState((s) => ({
        nodes: after ? [...s.nodes, ...(conn?.edges.map((e) => e.node) ?? [])] : (conn?.edges.map((e) => e.node) ?? []),
        totalCount: conn?.totalCount ?? s.totalCount,
        endCursor: conn?.pageInfo.endCursor ?? null,
        hasMore: !!conn?.pageInfo.hasNextPage,
        loading: false,
        loadingMore: false,
        error: result.error ?? null,
      }));
    },
    [client, doc, key, pageSize],
  );

  const refresh = useCallback(() => {
    const gen = ++generation.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    void fetchPage(null, gen);
  }, [fetchPage]);

  useEffect(() => {
    if (options.pause) return;
    refresh();
  }, [refresh, options.pause]);

  // live lists (e.g. a vote tally) re-read their first page quietly, unless more pages are open
  const pagesOpen = state.nodes.length > pageSize;
  useEffect(() => {
    if (options.pause || !options.pollMs || pagesOpen) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void fetchPage(null, generation.current);
    }, options.pollMs);
    return () => clearInterval(timer);
  }, [fetchPage, options.pause, options.pollMs, pagesOpen]);

  const loadMore = useCallback(() => {
    setState((s) => {
      if (!s.hasMore || s.loadingMore) return s;
      void fetchPage(s.endCursor, generation.current);
      return { ...s, loadingMore: true };
    });
  }, [fetchPage]);

  return {
    nodes: state.nodes,
    totalCount: state.totalCount,
    hasMore: state.hasMore,
    loading: state.loading,
    loadingMore: state.loadingMore,
    error: state.error,
    loadMore,
    refresh,
  };
}
