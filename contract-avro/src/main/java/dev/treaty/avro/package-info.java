/**
 * Apache Avro support for Treaty: {@link dev.treaty.avro.AvroFormat}, a
 * {@link dev.treaty.spi.SchemaFormat} found with {@link java.util.ServiceLoader}. Put this module
 * on the class path and Treaty reads {@code .avsc} schemas.
 */
@NullMarked
package dev.treaty.avro;

import org.jspecify.annotations.NullMarked;
