/** Reading .avsc files: located JSON, Avro's parser, named types in other files. */
@NullMarked
package dev.treaty.avro.internal.read;

import org.jspecify.annotations.NullMarked;
