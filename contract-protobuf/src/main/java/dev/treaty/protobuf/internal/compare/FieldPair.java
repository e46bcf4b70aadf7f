package dev.treaty.protobuf.internal.compare;

import com.google.protobuf.Descriptors.FieldDescriptor;

/**
 * A field present in both versions: paired by number within a message paired by full name, or,
 * for extensions, by number and the message they extend.
 *
 * @param previous the earlier version
 * @param current the later version
 * @param versions both versions
 */
public record FieldPair(FieldDescriptor previous, FieldDescriptor current, Versions versions) {}
