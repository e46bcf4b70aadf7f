/**
 * Reading YAML and JSON documents with the line and column of every node, validating them
 * against Treaty's document schemas, and writing them back deterministically.
 */
@NullMarked
package dev.treaty.internal.document;

import org.jspecify.annotations.NullMarked;
