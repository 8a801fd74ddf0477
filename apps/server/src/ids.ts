const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids arriving in paths are checked before they reach a uuid column: PostgreSQL would answer a malformed one
 * with an error (a 500), and out-of-scope and malformed ids must both look like "not found".
 */
export const isUuid = (value: string): boolean => UUID.test(value);
