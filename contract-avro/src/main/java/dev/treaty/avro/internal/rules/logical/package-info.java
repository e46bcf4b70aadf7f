/** Rules on logical types: meaning changes Avro's own checker does not see. */
@NullMarked
package dev.treaty.avro.internal.rules.logical;

import org.jspecify.annotations.NullMarked;
