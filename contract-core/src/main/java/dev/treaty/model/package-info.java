/**
 * Treaty's immutable values: contracts, consumer expectations, paths into data, the
 * format-neutral type system, findings and their classification, versions, and the exception
 * family. Nothing here does I/O; the {@link dev.treaty.Treaty} facade reads, checks and writes.
 */
@NullMarked
package dev.treaty.model;

import org.jspecify.annotations.NullMarked;
