import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'demo-output/', 'bench-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page text must never become markup: the only way to set HTML is forbidden outright.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never insert HTML: build nodes or use textContent.' },
        { property: 'outerHTML', message: 'Never insert HTML: build nodes or use textContent.' },
        { property: 'insertAdjacentHTML', message: 'Never insert HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never insert HTML.' },
      ],
      // TypeScript checks undefined names; for the .mjs scripts Node's globals are known.
      'no-undef': 'off',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Tests and scripts may read innerHTML to compare the DOM before and after.
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
