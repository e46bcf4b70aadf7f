/**
 * Reading schemas: binary {@code FileDescriptorSet}s, and {@code .proto} source compiled by an
 * external protoc; source locations and resolved features of the built descriptors.
 */
@NullMarked
package dev.treaty.protobuf.internal.read;

import org.jspecify.annotations.NullMarked;
