/** Rules about arrays: items and tuples, counts, uniqueness, {@code contains}. */
@NullMarked
package dev.treaty.internal.jsonschema.rules.array;

import org.jspecify.annotations.NullMarked;
