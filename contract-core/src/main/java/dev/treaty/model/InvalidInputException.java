package dev.treaty.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Input is malformed: a contract, expectation, schema or payload that does not parse or does not
 * have the expected shape. The {@linkplain #problems() problems} say where (file, line, column)
 * and what was expected.
 */
public final class InvalidInputException extends TreatyException {

  /**
   * Creates an exception for one or more problems in the input.
   *
   * @param summary one line naming the input, e.g. {@code "contract.odcs.yaml is not a valid contract"}
   * @param problems what is wrong and where; may be empty when no place is known
   */
  public InvalidInputException(String summary, List<Problem> problems) {
    this(summary, problems, null);
  }

  /**
   * Creates an exception for one or more problems in the input, keeping the low-level cause.
   *
   * @param summary one line naming the input
   * @param problems what is wrong and where
   * @param cause the parser's exception, kept for debugging; never shown as the message
   */
  public InvalidInputException(String summary, List<Problem> problems, @Nullable Throwable cause) {
    super(describe(summary, problems), problems, cause);
  }

  /**
   * Creates an exception for a single problem.
   *
   * @param problem what is wrong and where
   * @return the exception
   */
  public static InvalidInputException of(Problem problem) {
    return new InvalidInputException(problem.location().source() + " is not valid", List.of(problem));
  }
}
