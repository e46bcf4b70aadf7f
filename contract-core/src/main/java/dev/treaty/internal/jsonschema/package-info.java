/**
 * JSON Schema as a Treaty schema format: {@link dev.treaty.internal.jsonschema.JsonSchemaFormat}
 * reads schemas ({@code read}), maps them into the format-neutral model ({@code model}) and
 * compares two versions ({@code compare}) with the rules of the catalogue ({@code rules}).
 */
@NullMarked
package dev.treaty.internal.jsonschema;

import org.jspecify.annotations.NullMarked;
