/**
 * Protocol Buffers as a Treaty schema format: {@link dev.treaty.protobuf.internal.ProtobufFormat}
 * reads descriptor sets and {@code .proto} files ({@code read}), maps a message into the
 * format-neutral model ({@code model}) and compares two versions ({@code compare}) with the rules
 * of the catalogue ({@code rules}), which follow buf's breaking-change rules.
 */
@NullMarked
package dev.treaty.protobuf.internal;

import org.jspecify.annotations.NullMarked;
