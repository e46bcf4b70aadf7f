package dev.treaty.model;

import java.util.List;

/**
 * Root of Treaty's exceptions. Treaty throws only subclasses of this type, split by who is at
 * fault: {@link InvalidInputException} (a file or payload is malformed),
 * {@link InvalidDefinitionException} (Treaty was configured or called wrongly) and
 * {@link UnsupportedFeatureException} (valid input that Treaty cannot handle). A finding is never
 * an exception: findings are data in a {@link Report}.
 */
public abstract sealed class TreatyException extends RuntimeException
    permits InvalidInputException, InvalidDefinitionException, UnsupportedFeatureException {

  private final List<Problem> problems;

  TreatyException(String message, List<Problem> problems, Throwable cause) {
    super(message, cause);
    this.problems = List.copyOf(problems);
  }

  /**
   * The problems behind this exception, each with the place it was found, in source order.
   *
   * @return the problems; empty when the exception is not about a particular place
   */
  public List<Problem> problems() {
    return problems;
  }

  static String describe(String summary, List<Problem> problems) {
    if (problems.isEmpty()) {
      return summary;
    }
    StringBuilder text = new StringBuilder(summary);
    for (Problem problem : problems) {
      text.append(System.lineSeparator()).append("  ").append(problem);
    }
    return text.toString();
  }
}
