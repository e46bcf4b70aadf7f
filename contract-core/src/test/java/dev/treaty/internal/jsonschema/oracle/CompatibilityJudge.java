package dev.treaty.internal.jsonschema.oracle;

/**
 * Something that judges a pair of schemas compatible or not in each direction: the engine under
 * test, or, while it is absent, a reference built on the witness search.
 */
interface CompatibilityJudge {

  /** For reports: which judge gave the verdicts. */
  String name();

  /**
   * Judges a pair.
   *
   * @param pair the two versions
   * @return verdicts per direction, or why there are none
   */
  Judgement judge(SchemaPair pair);
}
