// The import rule of docs/architecture.md, checked by `npm run check`: a crossed edge fails CI.
//
//   lib/text            shared text tools (tokens, sentences, language): imports nothing of ours but the schema
//   lib/extract         page / plain text → Article            (DOM allowed; never detect or summarise)
//   lib/detect          Article → is it a review, which form, which kind   (pure; never extract or summarise)
//   lib/summarise       Article → verdict, people, quotes                  (pure; never extract or detect)
//   lib/pipeline.ts     detect + summarise → Summary, the one public entry of the pure side
//   components/         views (React, and the badge's plain-DOM view): data in, DOM out; no browser APIs
//   extension/          browser glue (storage, injection, the page analyser, the badge's mount)
//   entrypoints/, cli/  wiring only
/** @type {import('dependency-cruiser').IConfiguration} */
const PURE = '^lib/(text|detect|summarise)/';
const DOM_LIBRARIES = '^node_modules/(@mozilla/readability|linkedom|jsdom)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes the order of layers meaningless; split the shared part out.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-knows-no-ui-or-browser',
      comment: 'lib/ runs unchanged in Node and in the page: no views, no glue, no browser API.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: ['^components/', '^extension/', '^entrypoints/', '^cli/', '^node_modules/(wxt|react|react-dom)/'] },
    },
    {
      name: 'pure-layers-have-no-dom',
      comment: 'text, detect and summarise read strings and data, never a document.',
      severity: 'error',
      from: { path: PURE },
      to: { path: ['^lib/extract/', DOM_LIBRARIES] },
    },
    {
      name: 'text-is-the-base',
      comment: 'The shared text tools sit under every layer, so they import none of them.',
      severity: 'error',
      from: { path: '^lib/text/' },
      to: { path: ['^lib/(extract|detect|summarise)/', '^lib/pipeline'] },
    },
    {
      name: 'detect-and-summarise-are-siblings',
      comment: "The pipeline hands each the other's result; neither reaches into the other.",
      severity: 'error',
      from: { path: '^lib/detect/' },
      to: { path: ['^lib/summarise/', '^lib/pipeline'] },
    },
    {
      name: 'summarise-knows-no-detection',
      severity: 'error',
      from: { path: '^lib/summarise/' },
      to: { path: ['^lib/detect/', '^lib/pipeline'] },
    },
    {
      name: 'extract-only-extracts',
      comment: 'Extraction makes an Article; judging it is for the layers after it.',
      severity: 'error',
      from: { path: '^lib/extract/' },
      to: { path: ['^lib/(detect|summarise)/', '^lib/pipeline'] },
    },
    {
      name: 'views-have-no-browser-glue',
      comment: 'Components get data and callbacks from their entrypoint, so they render in jsdom tests.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: ['^extension/', '^entrypoints/', '^node_modules/wxt/'] },
    },
    {
      name: 'glue-is-not-an-entrypoint',
      severity: 'error',
      from: { path: '^(extension|components|lib)/' },
      to: { path: '^entrypoints/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.wxt|\\.output|dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
