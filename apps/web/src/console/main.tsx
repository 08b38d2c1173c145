import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import '../shared/a11y';
import '../shared/shared.css';
import { AppRoot } from '../shared/session';
import { ConsoleApp } from './App';
import './console.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppRoot area="console">
      <BrowserRouter basename="/console">
        <ConsoleApp />
      </BrowserRouter>
    </AppRoot>
  </StrictMode>,
);
