/** Rules on the physical type at a place: promotions and changes of kind. */
@NullMarked
package dev.treaty.avro.internal.rules.type;

import org.jspecify.annotations.NullMarked;
