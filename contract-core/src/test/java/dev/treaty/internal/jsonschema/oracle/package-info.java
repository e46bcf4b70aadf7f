/**
 * The instance oracle for JSON Schema evolution (issue 3, "checked by data"): it proves the
 * engine's verdicts with real data. A {@link dev.treaty.internal.jsonschema.oracle.InstanceGenerator}
 * produces instances valid under a writer schema (edge values included, every one checked by the
 * networknt validator), a {@link dev.treaty.internal.jsonschema.oracle.WitnessSearch} looks for an
 * instance the writer accepts and the reader rejects, and the
 * {@link dev.treaty.internal.jsonschema.oracle.InstanceOracle} holds every verdict of a
 * {@link dev.treaty.internal.jsonschema.oracle.CompatibilityJudge} against that evidence: a
 * "compatible" verdict with a witness is a false compatible, the worst bug there is.
 */
@NullMarked
package dev.treaty.internal.jsonschema.oracle;

import org.jspecify.annotations.NullMarked;
