/** Mapping Avro schemas into the format-neutral model. */
@NullMarked
package dev.treaty.avro.internal.model;

import org.jspecify.annotations.NullMarked;
