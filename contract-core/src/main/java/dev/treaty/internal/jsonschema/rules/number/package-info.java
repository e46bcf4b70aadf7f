/** Rules about numbers: bounds in every draft's spelling, {@code multipleOf}. */
@NullMarked
package dev.treaty.internal.jsonschema.rules.number;

import org.jspecify.annotations.NullMarked;
