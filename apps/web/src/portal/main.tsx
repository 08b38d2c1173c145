import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import '../shared/a11y';
import '../shared/shared.css';
import { AppRoot } from '../shared/session';
import { PortalApp } from './App';
import { ElderProvider } from './elder';
import './portal.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppRoot area="portal">
      <ElderProvider>
        <BrowserRouter>
          <PortalApp />
        </BrowserRouter>
      </ElderProvider>
    </AppRoot>
  </StrictMode>,
);
