package dev.treaty.avro.internal.compare;

import dev.treaty.model.Classification;

/** How classifications combine: breaking outweighs undecidable, which outweighs compatible. */
public final class Verdicts {

  private Verdicts() {}

  /**
   * The more severe of two classifications.
   *
   * @param a one classification
   * @param b another
   * @return breaking if either is, else undecidable if either is, else compatible
   */
  public static Classification worst(Classification a, Classification b) {
    return Classification.worst(a, b);
  }
}
