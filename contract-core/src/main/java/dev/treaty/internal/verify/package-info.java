/**
 * A producer's verification: the new contract version against earlier versions under its mode,
 * and against every registered consumer; accepted changes applied.
 */
@NullMarked
package dev.treaty.internal.verify;

import org.jspecify.annotations.NullMarked;
