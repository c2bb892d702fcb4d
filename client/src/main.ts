// Entry point. Order matters: zod is configured before the contract's schemas are built.
import { applyLocaleToDocument } from './i18n/locale.ts';
import './components/ld-app.ts';

applyLocaleToDocument();
