/**
 * Checks consumer expectations against a producer's schema, in format-neutral terms: only what a
 * consumer declared can break it.
 */
@NullMarked
package dev.treaty.internal.consumer;

import org.jspecify.annotations.NullMarked;
