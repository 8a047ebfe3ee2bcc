/**
 * OpenAI streams tool calls as fragments (an index, then pieces of the name and the arguments).
 * The provider collects the fragments; this puts them back together so the gateway can send
 * complete calls in one chunk after the output checks.
 */
interface Fragment {
  index?: number;
  id?: string;
  type?: string;
  function?: { name?: string; arguments?: string };
}

export interface ToolCall {
  index: number;
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export function mergeToolCallFragments(fragments: unknown[]): ToolCall[] {
  const byIndex = new Map<number, ToolCall>();
  for (const raw of fragments) {
    const f = raw as Fragment;
    const index = typeof f.index === 'number' ? f.index : 0;
    let call = byIndex.get(index);
    if (!call) {
      call = { index, id: '', type: 'function', function: { name: '', arguments: '' } };
      byIndex.set(index, call);
    }
    if (f.id) call.id = f.id;
    if (f.function?.name) call.function.name += f.function.name;
    if (f.function?.arguments) call.function.arguments += f.function.arguments;
  }
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

/** Applies a text transformation (restoring pseudonyms) to each call's arguments. */
export async function mapToolArguments<T>(
  calls: T[],
  transform: (text: string) => Promise<string>,
): Promise<T[]> {
  return Promise.all(
    calls.map(async (call) => {
      const c = call as { function?: { arguments?: unknown } };
      if (typeof c.function?.arguments !== 'string') return call;
      return { ...c, function: { ...c.function, arguments: await transform(c.function.arguments) } } as T;
    }),
  );
}
