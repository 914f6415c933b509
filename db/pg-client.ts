// One PostgreSQL connection for one piece of work outside a pool (creating or dropping a database, a
// server-wide question), closed whatever happens.
import pg from 'pg';

export async function withPgClient<T>(
  connectionString: string,
  work: (client: pg.Client) => Promise<T>,
  options: { connectionTimeoutMillis?: number } = {},
): Promise<T> {
  const client = new pg.Client({ connectionString, ...options });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
