/** The rule catalogue of the Protobuf format and buf's categories. */
@NullMarked
package dev.treaty.protobuf.internal.rules;

import org.jspecify.annotations.NullMarked;
