import pg from 'pg';

// `create` prints a fresh DATABASE_URL for a uniquely named database; `drop <name>` removes only that one.
const [command, name] = process.argv.slice(2);
const admin = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const client = new pg.Client({ connectionString: admin });
await client.connect();
try {
  if (command === 'create') {
    const db = `cfa_test_${Date.now().toString(36)}_${process.pid}`;
    await client.query(`create database "${db}"`);
    const url = new URL(admin);
    url.pathname = `/${db}`;
    console.log(url.toString());
  } else if (command === 'drop' && /^cfa_test_[a-z0-9_]+$/.test(name ?? '')) {
    await client.query(`drop database if exists "${name}" with (force)`);
  } else {
    console.error('usage: test-database create | drop cfa_test_<id>');
    process.exitCode = 2;
  }
} finally {
  await client.end();
}
