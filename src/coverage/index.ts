// Article coverage: the map of the circular's articles to rules and evidence, and per-app status.
export { ARTICLES, type Article } from './articles.js';
export { coverageMap, coverageOf, pointerToField, ARTICLE_STATUSES, type ArticleStatus, type AppCoverage, type ArticleCoverage, type CoverageReport, type CoverageRule } from './coverage.js';
export { renderCoverage, statusLabel, COVERAGE_FORMATS, type CoverageFormat } from './render.js';
export { judgeArticle, present } from './status.js';
