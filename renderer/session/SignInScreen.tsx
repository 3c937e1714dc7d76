import { useEffect, useState, type FormEvent } from 'react';
import { useBrowserSeat, useSignIn } from '../store/desk-selectors.js';
import { setUpState, signIn, type SetUpState } from './session-api.js';
import { SetUpForm } from './SetUpForm.js';

/** The first thing a seat shows: nobody sees the site or acts on an alarm before signing in. */
export function SignInScreen() {
  const seat = useBrowserSeat();
  const onSignedIn = useSignIn();
  const [setUp, setSetUp] = useState<SetUpState | null>(null);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setUpState()
      .then(setSetUp)
      .catch(() => setSetUp({ needed: false, demoAccountsFile: null }));
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    signIn(username.trim(), password, seat)
      .then(onSignedIn)
      .catch((error: unknown) => {
        setProblem(error instanceof Error ? error.message : String(error));
        setPassword('');
        setBusy(false);
      });
  };

  if (setUp?.needed) return <SetUpForm onSignedIn={onSignedIn} />;
  return (
    <main className="sign-in" data-testid="sign-in">
      <form className="sign-in__card" onSubmit={onSubmit}>
        <h1 className="sign-in__title">Watchfloor</h1>
        <p className="dialog__text">Sign in to desk {seat}. Every action you take here is logged with your name.</p>
        <label className="field">
          <span className="field__label">Username</span>
          <input
            data-testid="username-input"
            autoFocus
            autoComplete="username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">Password</span>
          <input
            data-testid="password-input"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {problem && (
          <p className="dialog__problem" role="alert" data-testid="sign-in-problem">
            {problem}
          </p>
        )}
        <div className="dialog__buttons">
          <button
            type="submit"
            className="button button--primary"
            data-testid="sign-in-submit"
            disabled={busy || username.trim() === '' || password === ''}
          >
            Sign in <kbd>Enter</kbd>
          </button>
        </div>
        {setUp?.demoAccountsFile && (
          <p className="dialog__hint" data-testid="demo-hint">
            Demo: the accounts and their passwords were printed where the console started, and are in{' '}
            {setUp.demoAccountsFile}.
          </p>
        )}
      </form>
    </main>
  );
}
