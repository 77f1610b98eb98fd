import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.tmp', 'bench-results'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // No HTML built from data: React's escape hatch and the DOM sinks are banned outright.
      'no-restricted-properties': [
        'error',
        {
          property: 'innerHTML',
          message: 'Build DOM nodes or React elements; never HTML strings.',
        },
        {
          property: 'outerHTML',
          message: 'Build DOM nodes or React elements; never HTML strings.',
        },
        { property: 'setHTML', message: 'Build DOM nodes or React elements; never HTML strings.' },
        { property: 'insertAdjacentHTML', message: 'Never build HTML from strings.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No data-derived HTML.',
        },
        {
          // page.evaluate sends its function's value back to the test: a MapLibre method that
          // returns the map would send the whole map, its data too (547 MB at 100k points).
          selector:
            "CallExpression[callee.property.name='evaluate'] > ArrowFunctionExpression > CallExpression.body[callee.object.property.name='__map'][callee.property.name=/^(jumpTo|easeTo|flyTo|fitBounds|panBy|panTo|zoomTo|setZoom|setCenter|setBearing|setPitch|resize|setLayoutProperty|setPaintProperty|setFilter|setFeatureState|setPixelRatio)$/]",
          message:
            'This returns the map to the test, serialised whole: use a block body or `void`.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Tests may assert what they just checked.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Panels read the store and the data; only src/map talks to MapLibre.
    files: ['src/panels/**', 'src/state/**', 'src/data/**', 'src/geo/**', 'src/i18n/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['maplibre-gl', 'react-map-gl/maplibre'], patterns: ['**/map/**'] },
      ],
    },
  },
);
