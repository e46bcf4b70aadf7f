package dev.treaty.protobuf.internal.compare;

import com.google.protobuf.Descriptors.Descriptor;

/**
 * A message present in both versions, paired by full name.
 *
 * @param previous the earlier version
 * @param current the later version
 * @param versions both versions
 */
public record MessagePair(Descriptor previous, Descriptor current, Versions versions) {}
