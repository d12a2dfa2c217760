import { AuthForm } from './auth-form';

export function LoginPage() {
  return <AuthForm />;
}
