package dev.treaty.protobuf.internal.compare;

/**
 * The two versions being compared.
 *
 * @param previous the earlier version
 * @param current the later version, where changes are reported
 */
public record Versions(Side previous, Side current) {}
