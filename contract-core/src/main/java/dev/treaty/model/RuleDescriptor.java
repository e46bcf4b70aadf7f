package dev.treaty.model;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a rule catalogue: what a rule checks and what its findings usually mean in each
 * direction. Ids are never renamed or reused; a retired rule keeps its id and names its
 * replacement.
 *
 * @param id the stable id, {@code <format>.<element>.<change>}
 * @param purpose one sentence saying what the rule finds
 * @param backward the usual classification for readers of the new schema reading old data
 * @param forward the usual classification for readers of the old schema reading new data
 * @param replacedBy for a retired rule, the id that replaces it; otherwise {@code null}
 */
public record RuleDescriptor(
    String id, String purpose, Classification backward, Classification forward,
    @Nullable String replacedBy) {

  private static final Pattern ID = Pattern.compile("[a-z]+(\\.[a-z][A-Za-z0-9]*){2}");

  /** Validates the id's shape. */
  public RuleDescriptor {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "rule id " + id + " is not of the form <format>.<element>.<change>");
    }
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(backward, "backward");
    Objects.requireNonNull(forward, "forward");
  }

  /**
   * An active rule.
   *
   * @param id the id
   * @param purpose what it finds
   * @param backward usual backward classification
   * @param forward usual forward classification
   * @return the descriptor
   */
  public static RuleDescriptor of(
      String id, String purpose, Classification backward, Classification forward) {
    return new RuleDescriptor(id, purpose, backward, forward, null);
  }

  /**
   * Whether this rule is retired.
   *
   * @return {@code true} if it names a replacement
   */
  public boolean isRetired() {
    return replacedBy != null;
  }
}
