/** Rules about oneofs. */
@NullMarked
package dev.treaty.protobuf.internal.rules.oneof;

import org.jspecify.annotations.NullMarked;
