/**
 * The Avro format's implementation. Nothing here is API: the format is reached through
 * {@link dev.treaty.spi.SchemaFormat}, found with {@link java.util.ServiceLoader}.
 */
@NullMarked
package dev.treaty.avro.internal;

import org.jspecify.annotations.NullMarked;
