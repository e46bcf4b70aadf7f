/**
 * The comparison engine: pairs the elements of two versions as buf does (files by path, messages
 * and enums by full name, fields by number, enum values by number) and hands each pair to the
 * rules; turns their changes into findings with data paths.
 */
@NullMarked
package dev.treaty.protobuf.internal.compare;

import org.jspecify.annotations.NullMarked;
