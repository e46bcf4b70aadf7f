/** Rules on arrays and maps as a whole. */
@NullMarked
package dev.treaty.avro.internal.rules.collection;

import org.jspecify.annotations.NullMarked;
