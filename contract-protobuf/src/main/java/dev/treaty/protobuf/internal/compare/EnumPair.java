package dev.treaty.protobuf.internal.compare;

import com.google.protobuf.Descriptors.EnumDescriptor;

/**
 * An enum present in both versions, paired by full name.
 *
 * @param previous the earlier version
 * @param current the later version
 * @param versions both versions
 */
public record EnumPair(EnumDescriptor previous, EnumDescriptor current, Versions versions) {}
