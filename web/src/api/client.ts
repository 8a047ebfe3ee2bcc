import { createParser } from 'eventsource-parser';

/** An error the gateway answered with (OpenAI's error shape), or a network failure (status 0). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }

  /** The route does not exist on this gateway: the feature is not available yet. */
  get missing(): boolean {
    return this.status === 404 && this.code === 'unknown_route';
  }
}

export interface Api {
  get<T>(path: string, init?: { signal?: AbortSignal }): Promise<T>;
  send<T>(
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<T>;
  /** Follows a server-sent-events route (fetch, because EventSource cannot send the bearer key). */
  events(path: string, onEvent: (event: string, data: unknown) => void, signal: AbortSignal): Promise<void>;
  /** A file to save (e.g. an HTML report), fetched with the key. */
  blob(path: string): Promise<Blob>;
}

async function failureOf(response: Response): Promise<ApiFailure> {
  let code = `http_${response.status}`;
  let message = response.statusText || `HTTP ${response.status}`;
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    if (body.error?.code) code = body.error.code;
    if (body.error?.message) message = body.error.message;
  } catch {
    // Not JSON (a proxy's page): keep the status line.
  }
  return new ApiFailure(response.status, code, message);
}

export function createApi(key: string, onUnauthorized: () => void): Api {
  const request = async (path: string, init: RequestInit): Promise<Response> => {
    let response: Response;
    try {
      response = await fetch(path, {
        ...init,
        headers: { authorization: `Bearer ${key}`, ...(init.headers as Record<string, string> | undefined) },
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiFailure(0, 'network_error', (error as Error).message);
    }
    if (response.status === 401) onUnauthorized();
    if (!response.ok) throw await failureOf(response);
    return response;
  };

  return {
    get: async <T>(path: string, init: { signal?: AbortSignal } = {}) =>
      (await (
        await request(path, { method: 'GET', ...(init.signal ? { signal: init.signal } : {}) })
      ).json()) as T,
    send: async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      (await (
        await request(path, {
          method,
          headers: { 'content-type': 'application/json', ...headers },
          body: body === undefined ? '{}' : JSON.stringify(body),
        })
      ).json()) as T,
    events: async (path, onEvent, signal) => {
      const response = await request(path, {
        method: 'GET',
        signal,
        headers: { accept: 'text/event-stream' },
      });
      const parser = createParser({ onEvent: (e) => onEvent(e.event ?? 'message', JSON.parse(e.data)) });
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        parser.feed(value);
      }
    },
    blob: async (path) => (await request(path, { method: 'GET' })).blob(),
  };
}
