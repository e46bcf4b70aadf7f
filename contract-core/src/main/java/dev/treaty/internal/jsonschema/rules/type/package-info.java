/** Rules about which kinds of value a place admits: types, integer and number, null. */
@NullMarked
package dev.treaty.internal.jsonschema.rules.type;

import org.jspecify.annotations.NullMarked;
