import { type Config, loadConfig } from '../foundation/config.ts';
import { openStore, type Store } from '../foundation/db/database.ts';
import { ModelRegistry } from '../models/registry.ts';

/** What a command needs: the config, and the database opened on first use and closed at exit. */
export class CliContext {
  private storePromise: Promise<Store> | undefined;
  private configValue: Config | undefined;

  constructor(private readonly configFile?: string) {}

  get config(): Config {
    this.configValue ??= loadConfig(this.configFile ? { file: this.configFile } : {});
    return this.configValue;
  }

  /** `pgliteWorker` (for the gateway) applies when this is the first call. */
  store(options: { pgliteWorker?: boolean } = {}): Promise<Store> {
    this.storePromise ??= openStore({
      databaseUrl: this.config.databaseUrl,
      home: this.config.home,
      ...(options.pgliteWorker ? { pgliteWorker: true } : {}),
    });
    return this.storePromise;
  }

  async registry(): Promise<ModelRegistry> {
    const { db } = await this.store();
    return new ModelRegistry(db, this.config.models);
  }

  async close(): Promise<void> {
    if (this.storePromise) {
      const store = await this.storePromise.catch(() => undefined);
      await store?.close();
    }
  }
}
