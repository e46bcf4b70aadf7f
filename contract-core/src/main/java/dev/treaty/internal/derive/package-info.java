/**
 * Deriving consumer expectations from what a consumer already has: the Java class it reads
 * payloads into (through its own Jackson {@code ObjectMapper}, so the mapper's real behaviour is
 * captured) or the schema model it validates or reads with.
 */
@NullMarked
package dev.treaty.internal.derive;

import org.jspecify.annotations.NullMarked;
