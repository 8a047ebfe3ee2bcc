import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { YihengError } from '../../foundation/errors.ts';
import type { PiiType } from '../finding.ts';

/**
 * Reversible pseudonymisation: each original value is stored encrypted (AES-256-GCM) under its
 * pseudonym, per conversation, so an authorised role can restore it. The key comes from the
 * environment (YIHENG_VAULT_KEY: 32 bytes as base64 or hex) and never from a file.
 *
 * Ciphertext format, self-describing so that keys and algorithms can rotate:
 *   yv1.<iv base64url, 12 bytes>.<tag base64url, 16 bytes>.<ciphertext base64url>
 * The conversation id and the pseudonym are bound as associated data, so an entry copied into
 * another conversation or under another pseudonym fails to decrypt.
 */
export const VAULT_KEY_ENV = 'YIHENG_VAULT_KEY';
const FORMAT = 'yv1';

export interface VaultEntry {
  conversationId: string;
  pseudonym: string;
  type: PiiType;
  /** HMAC of the original (keyed by the vault key): finds an existing pseudonym without decrypting. */
  fingerprint: string;
  ciphertext: string;
  createdAt: string;
}

/** Where vault entries live. The in-memory store is the default; the gateway persists them in its database. */
export interface VaultStore {
  put(entry: VaultEntry): Promise<void>;
  findByFingerprint(conversationId: string, fingerprint: string): Promise<VaultEntry | undefined>;
  list(conversationId: string): Promise<VaultEntry[]>;
  /** Deletes a conversation's entries (retention limits, erasure requests). */
  deleteConversation(conversationId: string): Promise<number>;
}

export class MemoryVaultStore implements VaultStore {
  private readonly byConversation = new Map<string, VaultEntry[]>();

  async put(entry: VaultEntry): Promise<void> {
    const list = this.byConversation.get(entry.conversationId) ?? [];
    list.push(entry);
    this.byConversation.set(entry.conversationId, list);
  }

  async findByFingerprint(conversationId: string, fingerprint: string): Promise<VaultEntry | undefined> {
    return this.byConversation.get(conversationId)?.find((e) => e.fingerprint === fingerprint);
  }

  async list(conversationId: string): Promise<VaultEntry[]> {
    return [...(this.byConversation.get(conversationId) ?? [])];
  }

  async deleteConversation(conversationId: string): Promise<number> {
    const count = this.byConversation.get(conversationId)?.length ?? 0;
    this.byConversation.delete(conversationId);
    return count;
  }
}

/** Reads a 32-byte key from base64 or hex; a clear error when missing or of the wrong length. */
export function parseVaultKey(raw: string | undefined, source = VAULT_KEY_ENV): Buffer {
  const hint = `set ${source} to 32 random bytes, e.g. \`openssl rand -base64 32\` (base64) or \`openssl rand -hex 32\` (hex)`;
  if (!raw || raw.trim() === '')
    throw new YihengError(`${source} is not set; reversible pseudonymisation needs a vault key`, {
      hint,
      code: 'vault_key_missing',
    });
  const value = raw.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length !== 32)
    throw new YihengError(`${source} decodes to ${key.length} bytes; AES-256 needs exactly 32`, {
      hint,
      code: 'vault_key_invalid',
    });
  return key;
}

const b64 = (b: Buffer) => b.toString('base64url');
const aad = (conversationId: string, pseudonym: string) =>
  Buffer.from(`${conversationId}\u0000${pseudonym}`, 'utf8');

export class Vault {
  constructor(
    private readonly key: Buffer,
    readonly store: VaultStore = new MemoryVaultStore(),
  ) {
    if (key.length !== 32) throw new YihengError('vault key must be 32 bytes', { code: 'vault_key_invalid' });
  }

  static fromEnvironment(env: NodeJS.ProcessEnv = process.env, store?: VaultStore): Vault {
    return new Vault(parseVaultKey(env[VAULT_KEY_ENV]), store);
  }

  fingerprint(conversationId: string, type: PiiType, original: string): string {
    return createHmac('sha256', this.key)
      .update(`${conversationId}\u0000${type}\u0000${original}`)
      .digest('hex');
  }

  encrypt(conversationId: string, pseudonym: string, original: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(aad(conversationId, pseudonym));
    const ciphertext = Buffer.concat([cipher.update(original, 'utf8'), cipher.final()]);
    return [FORMAT, b64(iv), b64(cipher.getAuthTag()), b64(ciphertext)].join('.');
  }

  decrypt(conversationId: string, pseudonym: string, token: string): string {
    const parts = token.split('.');
    if (parts.length !== 4 || parts[0] !== FORMAT)
      throw new YihengError(`vault entry has an unknown format "${parts[0]}"`, {
        hint: `this version reads ${FORMAT} entries`,
        code: 'vault_format',
      });
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(parts[1]!, 'base64url'));
      decipher.setAAD(aad(conversationId, pseudonym));
      decipher.setAuthTag(Buffer.from(parts[2]!, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(parts[3]!, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    } catch (cause) {
      throw new YihengError(
        'a vault entry failed authentication (wrong key, or the entry was altered or moved)',
        {
          hint: `check that ${VAULT_KEY_ENV} is the key the entries were written with`,
          code: 'vault_auth',
          cause,
        },
      );
    }
  }

  /** The existing pseudonym of this original in the conversation, or undefined. */
  async find(conversationId: string, type: PiiType, original: string): Promise<string | undefined> {
    return (
      await this.store.findByFingerprint(conversationId, this.fingerprint(conversationId, type, original))
    )?.pseudonym;
  }

  async remember(conversationId: string, type: PiiType, original: string, pseudonym: string): Promise<void> {
    await this.store.put({
      conversationId,
      pseudonym,
      type,
      fingerprint: this.fingerprint(conversationId, type, original),
      ciphertext: this.encrypt(conversationId, pseudonym, original),
      createdAt: new Date().toISOString(),
    });
  }

  /** Replaces every pseudonym of the conversation found in `text` with its original. */
  async restore(text: string, conversationId: string): Promise<string> {
    const entries = await this.store.list(conversationId);
    // Longest pseudonyms first, so "张三丰" is restored before "张三".
    entries.sort((a, b) => b.pseudonym.length - a.pseudonym.length);
    let out = text;
    for (const entry of entries) {
      if (!out.includes(entry.pseudonym)) continue;
      const original = this.decrypt(conversationId, entry.pseudonym, entry.ciphertext);
      out = out.split(entry.pseudonym).join(original);
    }
    return out;
  }
}
