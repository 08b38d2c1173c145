import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types come from the schema the api serves: `schema.gql` at the repo root (emitted by
 * `npm run schema:emit`) when it exists, otherwise the shared contract it must satisfy.
 * Each area (shared, portal, console) gets its own `graphql()` map so that a bundle only
 * carries the documents it uses.
 */
const served = resolve(__dirname, '../../schema.gql');
const contract = resolve(__dirname, '../../../shared/docs/api-contract.graphql');
const schema = existsSync(served) ? served : contract;

const preset = {
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false },
  config: {
    enumsAsTypes: true,
    useTypeImports: true,
    scalars: { DateTime: 'string' },
    // keep the generated modules free of runtime enums
    onlyOperationTypes: true,
  },
};

const area = (name: string) => ({
  [`src/${name}/gql/`]: {
    ...preset,
    documents: [`src/${name}/**/*.{ts,tsx}`, `!src/${name}/gql/**`],
  },
});

const config: CodegenConfig = {
  schema,
  ignoreNoDocuments: true,
  generates: { ...area('shared'), ...area('portal'), ...area('console') },
  hooks: {},
};

export default config;
