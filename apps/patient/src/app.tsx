import type { PropsWithChildren } from 'react';
import { installH5Fixes } from './platform/h5-fixes';
import { PrefsProvider } from './state/prefs';
import { SessionProvider } from './state/session';
import './app.css';

installH5Fixes();

/** The app shell: preferences (care / dark / language) and the session wrap every page. */
function App({ children }: PropsWithChildren) {
  return (
    <PrefsProvider>
      <SessionProvider>{children}</SessionProvider>
    </PrefsProvider>
  );
}

export default App;
