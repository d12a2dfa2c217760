import { AuthForm } from './auth-form';

export function SignupPage() {
  return <AuthForm kind="signup" />;
}
