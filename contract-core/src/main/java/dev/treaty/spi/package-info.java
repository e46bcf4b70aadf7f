/**
 * The service-provider interface through which schema formats plug into Treaty. A format (JSON
 * Schema in {@code contract-core}, Avro in {@code contract-avro}, Protobuf in
 * {@code contract-protobuf}) implements {@link dev.treaty.spi.SchemaFormat} and registers it in
 * {@code META-INF/services/dev.treaty.spi.SchemaFormat}; Treaty finds it with
 * {@link java.util.ServiceLoader}. The engine knows pairs of schemas; formats know what they mean.
 */
@NullMarked
package dev.treaty.spi;

import org.jspecify.annotations.NullMarked;
