/** Rules on named types: names, namespaces, aliases and fixed sizes. */
@NullMarked
package dev.treaty.avro.internal.rules.named;

import org.jspecify.annotations.NullMarked;
