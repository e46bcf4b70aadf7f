package dev.treaty.model;

import java.util.Objects;

/**
 * One line of a human-readable report, with its severity, for a build tool's log.
 *
 * @param level how the line should be logged
 * @param text the line, without a level prefix
 */
public record ReportLine(Level level, String text) {

  /** Validates the line. */
  public ReportLine {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(text, "text");
  }

  /** Log levels. */
  public enum Level {
    /** Something that fails the build. */
    ERROR,
    /** Something the reader should act on, that does not fail the build. */
    WARNING,
    /** Everything else. */
    INFO
  }
}
