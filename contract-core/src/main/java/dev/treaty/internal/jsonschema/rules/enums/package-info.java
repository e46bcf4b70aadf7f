/** Rules about listed values: {@code enum} and {@code const}. */
@NullMarked
package dev.treaty.internal.jsonschema.rules.enums;

import org.jspecify.annotations.NullMarked;
