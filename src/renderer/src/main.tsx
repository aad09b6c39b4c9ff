import { createRoot } from 'react-dom/client';
import { SECTIONS } from '../../shared/layout/sections';

createRoot(document.getElementById('root')!).render(
  <ul>
    {SECTIONS.map((s) => (
      <li key={s.id}>{s.heading}</li>
    ))}
  </ul>,
);
