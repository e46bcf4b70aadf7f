/**
 * The JSON Schema comparison engine: schemas in disjunctive form, paired place by place and
 * kind by kind, judged by rules, memoized, with sound handling of recursion and limits. Rules
 * live in the {@code rules} packages; the engine knows pairs, the rules know meaning.
 */
@NullMarked
package dev.treaty.internal.jsonschema.compare;

import org.jspecify.annotations.NullMarked;
