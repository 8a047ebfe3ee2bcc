import { z } from 'zod';

/** Deployment names and model ids follow the gateway's rule. */
export const subjectNameSchema = z
  .string()
  .regex(/^[a-zA-Z0-9][\w.:/-]{0,127}$/, 'a deployment name or model id (letters, digits and . _ : / -)');

export const subjectSchema = z
  .object({ kind: z.enum(['deployment', 'model']), name: subjectNameSchema })
  .strict();
export type Subject = z.infer<typeof subjectSchema>;
