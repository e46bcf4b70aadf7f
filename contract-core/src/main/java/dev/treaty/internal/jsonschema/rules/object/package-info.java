/** Rules about objects: properties, required, open and closed content, pattern properties, property names, counts, dependencies. */
@NullMarked
package dev.treaty.internal.jsonschema.rules.object;

import org.jspecify.annotations.NullMarked;
