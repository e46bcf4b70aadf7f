package dev.treaty.protobuf.internal.compare;

import com.google.protobuf.Descriptors.FileDescriptor;

/**
 * A file present in both versions, paired by name.
 *
 * @param previous the earlier version
 * @param current the later version
 * @param versions both versions
 */
public record FilePair(FileDescriptor previous, FileDescriptor current, Versions versions) {}
