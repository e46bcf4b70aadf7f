/** Rules about fields (and extensions): deletion, names, types, cardinality, defaults, features. */
@NullMarked
package dev.treaty.protobuf.internal.rules.field;

import org.jspecify.annotations.NullMarked;
