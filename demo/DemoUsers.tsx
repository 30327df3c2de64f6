/** @jsxImportSource react */
import type { DemoUser } from './demo-sites';

/** The seeded users of this page's pool with their passwords: public demo data, as the pool prints them. */
export function DemoUsers(props: { userPoolId: string; users: DemoUser[] }) {
  return (
    <section className="demo-users" aria-label="Demo users">
      <h2>Demo users of {props.userPoolId}</h2>
      <p>Public test data. Codes the pool “sends” are printed by npm start and listed at the pool’s /_pool/outbox.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Username</th>
            <th scope="col">Password</th>
            <th scope="col">What it shows</th>
          </tr>
        </thead>
        <tbody>
          {props.users.map((user) => (
            <tr key={user.username}>
              <td>{user.username}</td>
              <td>
                <code>{user.password ?? '—'}</code>
              </td>
              <td>{user.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
