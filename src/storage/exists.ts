// Whether this device holds the app's database, asked without opening it: opening creates it, and
// creating the tables and their indexes is a long task that a new user's first screen need not wait for.
import { DB_NAME } from './schema-versions.ts';

/**
 * True or false when the browser can list its databases (IDBFactory.databases(): Chromium, Safari 14+,
 * Firefox 126+); undefined where it cannot, and the caller then opens the database as before.
 */
export async function databaseExists(factory: IDBFactory, name: string = DB_NAME): Promise<boolean | undefined> {
  if (typeof factory.databases !== 'function') return undefined;
  try {
    return (await factory.databases()).some((d) => d.name === name);
  } catch {
    // Listing refused (some private modes): the open that follows says what is wrong, if anything.
    return undefined;
  }
}
