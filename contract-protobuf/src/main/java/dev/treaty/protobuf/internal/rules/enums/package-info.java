/** Rules about enums and their values. */
@NullMarked
package dev.treaty.protobuf.internal.rules.enums;

import org.jspecify.annotations.NullMarked;
