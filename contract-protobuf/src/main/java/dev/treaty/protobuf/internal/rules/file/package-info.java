/** Rules about whole files: deletion, syntax, package. */
@NullMarked
package dev.treaty.protobuf.internal.rules.file;

import org.jspecify.annotations.NullMarked;
