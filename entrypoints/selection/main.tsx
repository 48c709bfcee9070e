import { createRoot } from 'react-dom/client';
import '../../components/summary.css';
import '../../components/review-list.css';
import { SelectionApp } from '../../components/SelectionApp';
import '../popup/style.css';
import { createSelectionApi } from './api';

const root = document.getElementById('root');
if (root) createRoot(root).render(<SelectionApp api={createSelectionApi()} />);
