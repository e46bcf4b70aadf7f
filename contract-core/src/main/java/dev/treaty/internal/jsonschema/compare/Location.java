package dev.treaty.internal.jsonschema.compare;

import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.Classification;
import dev.treaty.model.FieldPath;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One place in the data as the old and the new schema describe it, for {@link LocationRule}s.
 */
public final class Location {

  private final Alternatives older;
  private final Alternatives newer;
  private final EnumSet<Kind> olderKinds;
  private final EnumSet<Kind> newerKinds;
  private final List<Change> out;

  Location(Alternatives older, Alternatives newer, EnumSet<Kind> olderKinds,
      EnumSet<Kind> newerKinds, List<Change> out) {
    this.older = older;
    this.newer = newer;
    this.olderKinds = olderKinds;
    this.newerKinds = newerKinds;
    this.out = out;
  }

  /**
   * The old schema's alternatives.
   *
   * @return the alternatives
   */
  public Alternatives older() {
    return older;
  }

  /**
   * The new schema's alternatives.
   *
   * @return the alternatives
   */
  public Alternatives newer() {
    return newer;
  }

  /**
   * The kinds the old schema admits here (within the kinds being compared).
   *
   * @return the kinds
   */
  public EnumSet<Kind> olderKinds() {
    return EnumSet.copyOf(olderKinds.isEmpty() ? EnumSet.noneOf(Kind.class) : olderKinds);
  }

  /**
   * The kinds the new schema admits here (within the kinds being compared).
   *
   * @return the kinds
   */
  public EnumSet<Kind> newerKinds() {
    return EnumSet.copyOf(newerKinds.isEmpty() ? EnumSet.noneOf(Kind.class) : newerKinds);
  }

  /**
   * Whether every number the old schema admits here is an integer.
   *
   * @return {@code true} if so
   */
  public boolean olderIntegral() {
    return integral(older);
  }

  /**
   * Whether every number the new schema admits here is an integer.
   *
   * @return {@code true} if so
   */
  public boolean newerIntegral() {
    return integral(newer);
  }

  private static boolean integral(Alternatives alternatives) {
    boolean any = false;
    for (Conjunction alternative : alternatives.list()) {
      if (Admission.admits(alternative, Kind.NUMBER)) {
        any = true;
        if (!Admission.integral(alternative)) {
          return false;
        }
      }
    }
    return any;
  }

  /**
   * A JSON pointer to a keyword where the new schema (else the old one) has it, or else to the
   * new schema here (else the old one).
   *
   * @param keyword a keyword to point at, or {@code null} for the schema itself
   * @return the pointer, or {@code null}
   */
  public @Nullable String pointer(@Nullable String keyword) {
    for (Alternatives side : List.of(newer, older)) {
      for (Conjunction alternative : side.list()) {
        for (SchemaNode member : alternative.members()) {
          if (keyword != null && member.has(keyword)) {
            return member.label(keyword);
          }
        }
      }
    }
    for (Alternatives side : List.of(newer, older)) {
      for (Conjunction alternative : side.list()) {
        if (!alternative.members().isEmpty()) {
          return alternative.members().get(0).label(null);
        }
      }
    }
    return null;
  }

  /**
   * Reports a change at this place.
   *
   * @param rule the rule
   * @param pointer where in the schema
   * @param oldValue the previous value
   * @param newValue the new value
   * @param backward classification backward
   * @param forward classification forward
   */
  public void report(JsonSchemaRule rule, @Nullable String pointer, @Nullable String oldValue,
      @Nullable String newValue, Classification backward, Classification forward) {
    out.add(new Change(rule, FieldPath.ROOT, pointer, oldValue, newValue, Map.of(), backward,
        forward));
  }
}
