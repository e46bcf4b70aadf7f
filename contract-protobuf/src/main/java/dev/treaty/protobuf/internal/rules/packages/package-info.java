/** Rules about packages: elements deleted from a package rather than from a file. */
@NullMarked
package dev.treaty.protobuf.internal.rules.packages;

import org.jspecify.annotations.NullMarked;
