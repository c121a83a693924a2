import { render } from 'preact';
import { App } from './app.tsx';
import { applyDocumentLang, lang } from './i18n.ts';
import './styles.css';

applyDocumentLang(lang.value);
render(<App />, document.getElementById('app')!);
