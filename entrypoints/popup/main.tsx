import { createRoot } from 'react-dom/client';
import '../../components/summary.css';
import '../../components/review-list.css';
import { PopupApp } from '../../components/PopupApp';
import { createPopupApi } from './api';
import './style.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<PopupApp api={createPopupApi()} />);
