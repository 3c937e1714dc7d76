import { useState, type FormEvent } from 'react';
import type { SignedIn } from '../../shared/api/accounts.js';
import { setUpFirstAdmin } from './session-api.js';

/** First run: the person who can read the console's output creates the first admin with its set-up code. */
export function SetUpForm({ onSignedIn }: { onSignedIn(session: SignedIn): void }) {
  const [fields, setFields] = useState({ code: '', username: '', displayName: '', password: '', again: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [key]: event.target.value }));
  const mismatch = fields.again !== '' && fields.again !== fields.password;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const { code, username, displayName, password } = fields;
    setUpFirstAdmin({ code, username: username.trim(), displayName: displayName.trim() || username.trim(), password })
      .then(onSignedIn)
      .catch((error: unknown) => {
        setProblem(error instanceof Error ? error.message : String(error));
        setBusy(false);
      });
  };

  const field = (key: keyof typeof fields, label: string, type = 'text', autoComplete = 'off') => (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        data-testid={`setup-${key}`}
        type={type}
        autoComplete={autoComplete}
        value={fields[key]}
        onChange={set(key)}
        aria-invalid={key === 'again' && mismatch}
      />
    </label>
  );

  return (
    <main className="sign-in" data-testid="set-up">
      <form className="sign-in__card" onSubmit={onSubmit}>
        <h1 className="sign-in__title">Set up Watchfloor</h1>
        <p className="dialog__text">
          This console has no operator accounts yet. Create the first admin with the set-up code the console printed
          when it started.
        </p>
        {field('code', 'Set-up code')}
        {field('username', 'Username', 'text', 'username')}
        {field('displayName', 'Name shown in the console')}
        {field('password', 'Password (at least 10 characters)', 'password', 'new-password')}
        {field('again', 'Password again', 'password', 'new-password')}
        {problem && (
          <p className="dialog__problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog__buttons">
          <button
            type="submit"
            className="button button--primary"
            data-testid="setup-submit"
            disabled={busy || mismatch || fields.code === '' || fields.username === '' || fields.password === ''}
          >
            Create admin and sign in
          </button>
        </div>
      </form>
    </main>
  );
}
