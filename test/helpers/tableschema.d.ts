/** The part of tableschema (frictionlessdata/tableschema-js, untyped) that the open data tests use. */
declare module 'tableschema' {
  export interface TableSchemaError extends Error {
    rowNumber?: number;
    columnNumber?: number;
    errors?: TableSchemaError[];
  }
  export class Schema {
    static load(descriptor: object, options?: { strict?: boolean }): Promise<Schema>;
    readonly valid: boolean;
    readonly errors: TableSchemaError[];
    readonly fieldNames: string[];
  }
  export class Table {
    static load(source: string, options?: { schema?: object; headers?: number; bom?: boolean; delimiter?: string }): Promise<Table>;
    readonly headers: string[];
    read(options?: { keyed?: boolean; forceCast?: boolean }): Promise<(Record<string, unknown> | TableSchemaError)[]>;
  }
}
