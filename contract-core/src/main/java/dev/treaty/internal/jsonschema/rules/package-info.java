/** The JSON Schema rule catalogue: every rule id, its purpose, its usual classification and its message. */
@NullMarked
package dev.treaty.internal.jsonschema.rules;

import org.jspecify.annotations.NullMarked;
