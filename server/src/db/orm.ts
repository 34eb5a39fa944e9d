import { MikroORM, type Options } from "@mikro-orm/postgresql";
import { ReflectMetadataProvider } from "@mikro-orm/decorators/legacy";
import { Migrator } from "@mikro-orm/migrations";
import { entities } from "./entities.js";
import { StartupLock, withAdvisoryLock } from "./admin.js";
import { migrationsList } from "./migrations/index.js";

export { MikroORM };
export type { EntityManager } from "@mikro-orm/postgresql";

export interface OrmOptions {
  clientUrl: string;
  poolMax?: number;
}

/** MikroORM settings shared by the server, the tests and the migration generator. */
export function ormOptions({ clientUrl, poolMax = 10 }: OrmOptions): Options {
  return {
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: true },
    pool: { max: poolMax },
    // Request code always works on a fork; touching the global EntityManager is a bug.
    allowGlobalContext: false,
    migrations: {
      migrationsList,
      snapshot: false,
      emit: "ts",
      silent: true,
      path: "src/db/migrations",
    },
  };
}

/** Connects and applies every pending migration (in one transaction, one instance at a time). */
export async function connectOrm(options: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(options));
  await withAdvisoryLock(options.clientUrl, StartupLock.MIGRATIONS, () => orm.migrator.up());
  return orm;
}
