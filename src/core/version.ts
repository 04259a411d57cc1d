/** Version of the JSON document model; bumped on any incompatible change. */
export const SCHEMA_VERSION = 1 as const;
