/** Rules about messages: deletion, required fields, reservations, ranges, JSON format. */
@NullMarked
package dev.treaty.protobuf.internal.rules.message;

import org.jspecify.annotations.NullMarked;
