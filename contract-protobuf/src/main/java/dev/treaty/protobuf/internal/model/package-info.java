/** Mapping a message into the format-neutral schema model. */
@NullMarked
package dev.treaty.protobuf.internal.model;

import org.jspecify.annotations.NullMarked;
