/** Rules on enums: symbols and the enum default. */
@NullMarked
package dev.treaty.avro.internal.rules.enums;

import org.jspecify.annotations.NullMarked;
