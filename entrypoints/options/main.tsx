import { createRoot } from 'react-dom/client';
import '../../components/summary.css';
import { OptionsApp } from '../../components/OptionsApp';
import { loadSettings, saveSettings } from '../../extension/settings';
import { actionShortcut } from '../../extension/shortcut';

const style = document.createElement('style');
style.textContent =
  'body{margin:0}.rl-options{max-width:560px;margin:0 auto;padding:24px;min-height:100vh}.rl-check{display:flex;gap:8px;align-items:center}';
document.head.append(style);

const root = document.getElementById('root');
if (root)
  createRoot(root).render(<OptionsApp api={{ load: loadSettings, save: saveSettings, shortcut: actionShortcut }} />);
