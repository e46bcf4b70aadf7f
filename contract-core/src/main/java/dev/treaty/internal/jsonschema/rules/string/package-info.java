/** Rules about strings: lengths, patterns, formats, content encoding. */
@NullMarked
package dev.treaty.internal.jsonschema.rules.string;

import org.jspecify.annotations.NullMarked;
