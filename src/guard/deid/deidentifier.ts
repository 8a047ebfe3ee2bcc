import { createHmac, randomBytes } from 'node:crypto';
import type { Language } from '../../foundation/text/language.ts';
import { type Finding, isPiiType, type PiiType } from '../finding.ts';
import { shiftDate } from './date-shift.ts';
import { mask, PLACEHOLDERS } from './placeholders.ts';
import { Prng } from './prng.ts';
import { surrogate } from './surrogates.ts';
import type { Vault } from './vault.ts';

export const deidModes = ['none', 'redact', 'mask', 'pseudonym', 'vault'] as const;
export type DeidMode = (typeof deidModes)[number];

export interface DeidRequest {
  mode: DeidMode;
  language: Language;
  /** Pseudonyms are consistent within one conversation and differ across conversations. */
  conversationId: string;
  /** Shift dates by the conversation's offset instead of replacing them (pseudonym and vault modes). */
  dateShift?: boolean;
}

export interface Replacement {
  type: PiiType;
  start: number;
  end: number;
  replacement: string;
}

interface ConversationState {
  byOriginal: Map<string, string>;
  surrogates: Set<string>;
  dateOffsetDays: number;
}

/**
 * Applies a de-identification mode to the personal-data findings of a text. Pseudonyms come from a
 * PRNG seeded by an HMAC of (conversation, type, original) under a secret, so the same original
 * gets the same pseudonym throughout a conversation and nobody without the secret can recompute
 * the mapping (a plain hash of a phone number could be reversed by trying every number).
 */
export class Deidentifier {
  private readonly conversations = new Map<string, ConversationState>();

  constructor(
    private readonly options: {
      /** HMAC key for pseudonym seeds; random per process when omitted (consistency then lasts for the process). */
      secret?: Buffer;
      vault?: Vault;
      /** Conversations kept in memory for consistency; the oldest are forgotten beyond this. */
      maxConversations?: number;
    } = {},
  ) {
    this.secret = options.secret ?? randomBytes(32);
  }

  private readonly secret: Buffer;

  get vault(): Vault | undefined {
    return this.options.vault;
  }

  /** Attaches the vault once its key is known (vault mode is only set up when a policy uses it). */
  attachVault(vault: Vault): void {
    this.options.vault = vault;
  }

  private state(conversationId: string): ConversationState {
    let state = this.conversations.get(conversationId);
    if (state) {
      // Refresh recency for the LRU bound.
      this.conversations.delete(conversationId);
      this.conversations.set(conversationId, state);
      return state;
    }
    const rng = new Prng(this.seed(conversationId, 'date-offset'));
    const magnitude = rng.int(30, 365);
    state = {
      byOriginal: new Map(),
      surrogates: new Set(),
      dateOffsetDays: rng.chance(0.5) ? magnitude : -magnitude,
    };
    this.conversations.set(conversationId, state);
    const limit = this.options.maxConversations ?? 10_000;
    while (this.conversations.size > limit)
      this.conversations.delete(this.conversations.keys().next().value!);
    return state;
  }

  private seed(...parts: string[]): string {
    return createHmac('sha256', this.secret).update(parts.join('\u0000')).digest('hex');
  }

  /** The day offset used for a conversation's dates (for tests and audit of intervals). */
  dateOffset(conversationId: string): number {
    return this.state(conversationId).dateOffsetDays;
  }

  /**
   * Originals already replaced in this conversation (longest first), so that a name found once with a
   * cue ("患者张伟") is also replaced where it later appears without one ("张伟复诊").
   */
  rememberedOriginals(conversationId: string): Array<{ type: PiiType; original: string }> {
    const state = this.conversations.get(conversationId);
    if (!state) return [];
    return [...state.byOriginal.keys()]
      .map((key) => {
        const [type, original] = key.split('\u0000') as [PiiType, string];
        return { type, original };
      })
      .filter((r) => r.original.length >= 2)
      .sort((a, b) => b.original.length - a.original.length)
      .slice(0, 500);
  }

  /** Whether `text` is a pseudonym this deidentifier issued in the conversation (not new personal data). */
  isSurrogate(conversationId: string, text: string): boolean {
    return this.conversations.get(conversationId)?.surrogates.has(text) ?? false;
  }

  private async pseudonym(request: DeidRequest, type: PiiType, original: string): Promise<string> {
    const state = this.state(request.conversationId);
    const key = `${type}\u0000${original}`;
    const known = state.byOriginal.get(key);
    if (known !== undefined) return known;
    const vault = request.mode === 'vault' ? this.options.vault : undefined;
    if (request.mode === 'vault' && !vault)
      throw new Error('vault mode needs a vault (set YIHENG_VAULT_KEY; createGuard builds it)');
    let value = vault ? await vault.find(request.conversationId, type, original) : undefined;
    if (value === undefined) {
      if (type === 'DATE' && request.dateShift !== false) value = shiftDate(original, state.dateOffsetDays);
      for (
        let attempt = 0;
        value === undefined || value === original || state.surrogates.has(value);
        attempt++
      ) {
        if (attempt > 20) {
          value = `${PLACEHOLDERS[type].en.slice(0, -1)}-${state.surrogates.size + 1}]`;
          break;
        }
        value = surrogate(
          type,
          original,
          new Prng(this.seed(request.conversationId, type, original, String(attempt))),
        );
      }
      if (vault) await vault.remember(request.conversationId, type, original, value);
    }
    state.byOriginal.set(key, value);
    state.surrogates.add(value);
    return value;
  }

  /** Replaces the personal-data findings (others are ignored); findings must not overlap. */
  async apply(
    text: string,
    findings: readonly Finding[],
    request: DeidRequest,
  ): Promise<{ text: string; replacements: Replacement[] }> {
    if (request.mode === 'none') return { text, replacements: [] };
    const pii = findings.filter((f) => isPiiType(f.type)).sort((a, b) => a.start - b.start);
    const replacements: Replacement[] = [];
    let out = '';
    let last = 0;
    for (const f of pii) {
      if (f.start < last) continue;
      const type = f.type as PiiType;
      const original = text.slice(f.start, f.end);
      let replacement: string;
      if (request.mode === 'redact') replacement = PLACEHOLDERS[type][request.language];
      else if (request.mode === 'mask') replacement = mask(type, original);
      else replacement = await this.pseudonym(request, type, original);
      out += text.slice(last, f.start) + replacement;
      last = f.end;
      replacements.push({ type, start: f.start, end: f.end, replacement });
    }
    return { text: out + text.slice(last), replacements };
  }
}
