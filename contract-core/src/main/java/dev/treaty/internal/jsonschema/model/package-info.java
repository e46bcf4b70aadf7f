/** Maps JSON Schema into Treaty's format-neutral schema model. */
@NullMarked
package dev.treaty.internal.jsonschema.model;

import org.jspecify.annotations.NullMarked;
