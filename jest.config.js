/** Unit specs sit beside the code (libs/**, apps/**); e2e specs under test/ drive the real app over HTTP. */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  roots: ['<rootDir>/libs', '<rootDir>/apps/api', '<rootDir>/apps/worker', '<rootDir>/config', '<rootDir>/test'],
  testRegex: '.*\\.(spec|e2e-spec)\\.ts$',
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/apps/web/', '/test/browser/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.spec.json', diagnostics: false }],
    // ESM-only packages reached by the app (content-disposition via @fastify/static, once the web
    // app is built and served; cookie, which @fastify/cookie imports dynamically) are turned into
    // CommonJS for Jest's module system
    '/node_modules/.+\\.m?js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', esModuleInterop: true }, isolatedModules: true, diagnostics: false }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|cookie|@fastify/cookie)/)'],
  moduleNameMapper: { '^@app/(.*)$': '<rootDir>/libs/$1', '^@config/(.*)$': '<rootDir>/config/$1' },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60000,
  maxWorkers: 2,
};
