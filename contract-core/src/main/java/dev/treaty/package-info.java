/**
 * The entry point: {@link dev.treaty.Treaty} reads, validates, writes and publishes contracts and
 * consumer expectations, and checks a producer's change against its evolution policy and its
 * registered consumers. The values it works with are in {@link dev.treaty.model}; formats and
 * registries plug in through {@link dev.treaty.spi}.
 */
@NullMarked
package dev.treaty;

import org.jspecify.annotations.NullMarked;
