/**
 * The embedded default registry: contract versions and consumer expectations kept as plain files
 * in a directory, written atomically and safe under concurrent builds. The on-disk layout is
 * described in {@code docs/registry.md}; {@link dev.treaty.internal.registry.RegistryLayout}
 * is its single source in code.
 */
@NullMarked
package dev.treaty.internal.registry;

import org.jspecify.annotations.NullMarked;
