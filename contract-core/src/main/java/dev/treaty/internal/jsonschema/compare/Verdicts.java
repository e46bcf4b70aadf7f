package dev.treaty.internal.jsonschema.compare;

import dev.treaty.model.Classification;
import java.util.Collection;

/**
 * Combines classifications. Where one place is judged several times (once per kind of value, or
 * against several candidate branches), a proven break wins over a doubt, and a doubt over
 * compatibility.
 */
public final class Verdicts {

  private Verdicts() {}

  /**
   * The more severe of two classifications: BREAKING, then UNDECIDABLE, then COMPATIBLE.
   *
   * @param a one classification
   * @param b another
   * @return the more severe
   */
  public static Classification worst(Classification a, Classification b) {
    return Classification.worst(a, b);
  }

  /**
   * The best of several candidate answers to "is it covered?": COMPATIBLE if any candidate is,
   * else UNDECIDABLE if any is, else BREAKING (or BREAKING when there is no candidate).
   *
   * @param candidates classifications of the candidates
   * @return the best
   */
  public static Classification best(Collection<Classification> candidates) {
    Classification best = Classification.BREAKING;
    for (Classification candidate : candidates) {
      if (candidate == Classification.COMPATIBLE) {
        return candidate;
      }
      if (candidate == Classification.UNDECIDABLE) {
        best = candidate;
      }
    }
    return best;
  }

  /**
   * The backward classification of a set of changes: the worst of them.
   *
   * @param changes changes of one comparison
   * @return COMPATIBLE when there are none
   */
  public static Classification backward(Collection<Change> changes) {
    Classification result = Classification.COMPATIBLE;
    for (Change change : changes) {
      result = worst(result, change.backward());
    }
    return result;
  }

}
