/** Unit and component tests: every interface language is loaded before any test runs. */
import { LANGS } from '../src/data/schema.ts';
import { loadLang } from '../src/i18n/index.ts';

await Promise.all(LANGS.map(loadLang));
