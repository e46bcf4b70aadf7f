/** The comparison engine: pairing old and new schemas per direction as Avro reads them. */
@NullMarked
package dev.treaty.avro.internal.compare;

import org.jspecify.annotations.NullMarked;
