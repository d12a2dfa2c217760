/**
 * What a sign-up shows once sent: the same words whether or not the address has an account (the server's
 * message), and what to do when no mail comes.
 */
export function CheckEmail({ message, email }: { message: string; email: string }) {
  return (
    <div className="card" role="status">
      <h2>Check your e-mail</h2>
      <p>{message}</p>
      <p>
        We wrote to <strong>{email}</strong>. Open the link in that mail to finish: it works once, for 24
        hours. Nothing there after a few minutes? Look in your spam folder, or check the address and sign up
        again.
      </p>
    </div>
  );
}
