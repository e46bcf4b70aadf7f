/**
 * Reading JSON Schema files: JSON or YAML trees with line and column on every node, draft
 * detection, {@code $id}/anchor indexing and offline {@code $ref} resolution, and a view of each
 * subschema that reads its keywords the way its draft defines them.
 */
@NullMarked
package dev.treaty.internal.jsonschema.read;

import org.jspecify.annotations.NullMarked;
