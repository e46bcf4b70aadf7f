package dev.treaty.model;

import java.util.Locale;

/**
 * How strictly a format judges changes that only matter to readers who reject what they do not
 * know. Chosen per contract ({@code treaty.policy}), overridable in the build.
 */
public enum EvolutionPolicy {
  /**
   * The default. Judges by the schema's content model alone: adding a property to an open JSON
   * object is breaking backward, because old data, valid under the open schema, may carry that
   * name with any value, which the new schema rejects.
   */
  STRICT,
  /**
   * Adding or removing an optional property of an open object passes, as in the most widely used
   * registries' lenient modes. Everything else is judged as under {@link #STRICT}.
   */
  LENIENT;

  /**
   * Reads a policy name, ignoring case.
   *
   * @param text {@code strict} or {@code lenient}
   * @return the policy
   * @throws IllegalArgumentException if the text is neither
   */
  public static EvolutionPolicy parse(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "strict" -> STRICT;
      case "lenient" -> LENIENT;
      default -> throw new IllegalArgumentException(
          "Unknown evolution policy \"" + text + "\"; expected strict or lenient.");
    };
  }
}
