// @ts-check
/**
 * `npm run lint`: ESLint's recommended rules and typescript-eslint's
 * type-checked recommended rules (unawaited promises, unbound methods,
 * values of type any flowing into typed code) over everything tsc checks.
 */
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'dist.*/', 'bench/results/', 'tests/fixtures/', 'seeds/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // The files tsconfig.json includes get their types from it; the config files at the root from a default project.
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.cjs'] }, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // "const { format: _format, ...rest } = file": leaving a field out of a copy is what the rest sibling is for.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
  {
    // tsc checks the build scripts (checkJs), Node globals included, as typescript-eslint advises instead of no-undef.
    files: ['scripts/**/*.mjs'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    // The tests read what the fake Discord recorded and what the entry points printed as parsed JSON, typed any
    // on purpose: their assertions are the check on its shape.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
)
