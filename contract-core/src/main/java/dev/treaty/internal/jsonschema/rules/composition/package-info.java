/** Rules about {@code not} and {@code if}/{@code then}/{@code else} (unions are paired by the engine). */
@NullMarked
package dev.treaty.internal.jsonschema.rules.composition;

import org.jspecify.annotations.NullMarked;
