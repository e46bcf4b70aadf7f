/** Rules on record fields: added, removed, renamed through aliases, defaults. */
@NullMarked
package dev.treaty.avro.internal.rules.field;

import org.jspecify.annotations.NullMarked;
