// The parts of pg-copy-streams and pg-copy-streams-binary the bench uses (neither ships types).

declare module 'pg-copy-streams' {
  import type { Writable } from 'node:stream';
  import type { Submittable } from 'pg';

  /** `client.query(from('COPY ... FROM STDIN ...'))`: write the COPY data, then end it. */
  export interface CopyStreamQuery extends Submittable, Writable {
    rowCount: number;
  }
  export function from(text: string): CopyStreamQuery;
}

declare module 'pg-copy-streams-binary' {
  import type { Transform } from 'node:stream';

  export type BinaryType =
    'bool' | 'bytea' | 'int2' | 'int4' | 'int8' | 'text' | 'varchar' | 'json' | 'jsonb' | 'float4' | 'float8' | 'timestamptz';

  /** One field of a row; `null` is SQL NULL (`undefined` is not handled). */
  export interface BinaryField {
    type: BinaryType;
    value: unknown;
  }

  /** An object-mode Transform: arrays of fields in, the COPY binary format out (header and trailer included). */
  export function rowWriter(options?: { COPY_sendHeader?: boolean; COPY_sendTrailer?: boolean }): Transform;

  const binary: { rowWriter: typeof rowWriter };
  export default binary;
}
