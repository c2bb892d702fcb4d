// Transactions on both drivers: on a real server `begin` goes out with the first statements
// and a transaction's last statement with its commit (server/db/database.ts); all or nothing
// must hold all the same.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, queryInOrder, queryRows, transactionEndingWith } from '../../server/db/database.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let db: Db;
beforeAll(async () => {
  t = await startTestApp({ studyTopicList: false });
  db = t.database.db;
  await db.execute(sql`create table if not exists tx_probe (k text primary key, n integer not null check (n >= 0))`);
});
afterAll(async () => {
  await db?.execute(sql`drop table if exists tx_probe`);
  await t?.close();
});

const stored = async (k: string) => (await queryRows<{ n: number }>(db, sql`select n from tx_probe where k = ${k}`))[0]?.n;
const codeOf = (err: unknown) => ((err as { cause?: { code?: string } }).cause ?? (err as { code?: string })).code;

describe('transactions', () => {
  it('commits every statement together, and none when one fails', async () => {
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into tx_probe values ('a', 1)`);
      await tx.execute(sql`update tx_probe set n = n + 1 where k = 'a'`);
    });
    expect(await stored('a')).toBe(2);
    const failed = await db
      .transaction(async (tx) => {
        await tx.execute(sql`insert into tx_probe values ('b', 1)`);
        await tx.execute(sql`update tx_probe set n = -1 where k = 'a'`);
      })
      .catch((e: unknown) => e);
    expect(codeOf(failed)).toBe('23514');
    expect(await stored('a')).toBe(2);
    expect(await stored('b')).toBeUndefined();
  });

  it('runs statements sent together in their order, each seeing the ones before', async () => {
    const seen = await transactionEndingWith(db, async (tx) => {
      const [, , rows] = await queryInOrder(tx, [
        sql`insert into tx_probe values ('c', 5)`,
        sql`update tx_probe set n = n * 2 where k = 'c'`,
        sql`select n from tx_probe where k = 'c'`,
      ]);
      return { result: (rows as { n: number }[])[0]!.n, last: null };
    });
    expect(seen).toBe(10);
    // One failing statement fails the transaction: nothing of it stays.
    const failed = await transactionEndingWith(db, async (tx) => {
      await queryInOrder(tx, [sql`insert into tx_probe values ('c2', 1)`, sql`update tx_probe set n = -1 where k = 'c'`, sql`select 1`]);
      return { result: null, last: null };
    }).catch((e: unknown) => e);
    expect(codeOf(failed)).toBe('23514');
    expect(await stored('c')).toBe(10);
    expect(await stored('c2')).toBeUndefined();
  });

  it('rolls a nested transaction back alone', async () => {
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into tx_probe values ('d', 1)`);
      await tx
        .transaction(async (inner) => {
          await inner.execute(sql`update tx_probe set n = 7 where k = 'd'`);
          await inner.execute(sql`insert into tx_probe values ('d', 2)`);
        })
        .catch(() => {});
      await tx.execute(sql`update tx_probe set n = n + 10 where k = 'd'`);
    });
    expect(await stored('d')).toBe(11);
  });

  it('ends with the last statement: applied with the rest, or its own error and nothing applied', async () => {
    const result = await transactionEndingWith(db, async (tx) => {
      await tx.execute(sql`insert into tx_probe values ('e', 1)`);
      return { result: 'done', last: sql`update tx_probe set n = 3 where k = 'e'` };
    });
    expect(result).toBe('done');
    expect(await stored('e')).toBe(3);

    const failed = await transactionEndingWith(db, async (tx) => {
      await tx.execute(sql`insert into tx_probe values ('f', 1)`);
      return { result: 'done', last: sql`update tx_probe set n = -5 where k = 'e'` };
    }).catch((e: unknown) => e);
    expect(codeOf(failed)).toBe('23514');
    expect(await stored('e')).toBe(3);
    expect(await stored('f')).toBeUndefined();

    // A transaction that turns out to have nothing to write.
    expect(await transactionEndingWith(db, async () => ({ result: 1, last: null }))).toBe(1);
  });

  it('leaves the connections usable after failures: many transactions at once, half of them failing', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        transactionEndingWith(db, async (tx) => {
          await tx.execute(sql`insert into tx_probe values (${`g${i}`}, ${i})`);
          return { result: i, last: sql`update tx_probe set n = ${i % 2 === 0 ? 1 : -1} where k = ${`g${i}`}` };
        }).then(
          () => 'ok',
          (e: unknown) => codeOf(e),
        ),
      ),
    );
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(15);
    expect(outcomes.filter((o) => o === '23514')).toHaveLength(15);
    const [{ count }] = (await queryRows<{ count: number }>(db, sql`select count(*)::int as count from tx_probe where k like 'g%'`)) as [{ count: number }];
    expect(count).toBe(15);
  });
});
