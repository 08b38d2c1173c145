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
// GR_SCHEMA overrides: `contract` (while the api is still growing), a file, or a running api's
// URL such as http://127.0.0.1:3000/graphql (read by introspection)
const override = process.env.GR_SCHEMA;
const schema =
  override === 'contract' ? contract : override ? override : existsSync(served) ? served : contract;
console.log(`[codegen] schema: ${schema}`);

const preset = {
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false },
  config: {
    enumsAsTypes: true,
    useTypeImports: true,
    scalars: { DateTime: 'string', Date: 'string' },
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
