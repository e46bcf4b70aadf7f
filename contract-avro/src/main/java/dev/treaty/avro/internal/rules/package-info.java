/** The Avro rule catalogue; the rules themselves are grouped by element in sub-packages. */
@NullMarked
package dev.treaty.avro.internal.rules;

import org.jspecify.annotations.NullMarked;
