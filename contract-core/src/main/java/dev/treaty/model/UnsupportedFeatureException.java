package dev.treaty.model;

import java.util.List;

/**
 * The input is valid, but uses something Treaty does not support (for example a remote
 * {@code $ref} when remote fetching is off, or a schema format no installed module reads).
 * The message names the feature and, where there is one, the way around it.
 */
public final class UnsupportedFeatureException extends TreatyException {

  /**
   * Creates an exception for an unsupported feature.
   *
   * @param message the complete, user-facing message
   */
  public UnsupportedFeatureException(String message) {
    super(message, List.of(), null);
  }

  /**
   * Creates an exception for an unsupported feature used at known places.
   *
   * @param summary one line naming the feature
   * @param problems where it is used
   */
  public UnsupportedFeatureException(String summary, List<Problem> problems) {
    super(describe(summary, problems), problems, null);
  }
}
