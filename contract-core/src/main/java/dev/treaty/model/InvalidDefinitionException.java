package dev.treaty.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Treaty was configured or called wrongly: a builder was given conflicting values, a registry
 * directory is unusable, a contract names a compatibility mode that does not exist, a published
 * version would be overwritten. The fault lies with the caller or the build configuration, not
 * with a data file's syntax.
 */
public final class InvalidDefinitionException extends TreatyException {

  /**
   * Creates an exception with a message that says what is wrong and how to fix it.
   *
   * @param message the complete, user-facing message
   */
  public InvalidDefinitionException(String message) {
    super(message, List.of(), null);
  }

  /**
   * Creates an exception for problems at known places.
   *
   * @param summary one line saying what is wrong
   * @param problems where, and what was expected
   */
  public InvalidDefinitionException(String summary, List<Problem> problems) {
    super(describe(summary, problems), problems, null);
  }

  /**
   * Creates an exception keeping a low-level cause (an I/O error, say) for debugging.
   *
   * @param message the complete, user-facing message
   * @param cause the underlying exception; never shown as the message
   */
  public InvalidDefinitionException(String message, @Nullable Throwable cause) {
    super(message, List.of(), cause);
  }
}
