// Browser preview entry (webpack): the real taskpane against the file host, no Excel needed (npm start prints the URL).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PreviewApp } from './components/PreviewApp/PreviewApp';

const root = document.getElementById('preview');
if (root !== null)
  createRoot(root).render(
    <StrictMode>
      <PreviewApp />
    </StrictMode>,
  );
