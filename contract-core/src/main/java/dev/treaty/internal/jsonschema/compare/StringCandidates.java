package dev.treaty.internal.jsonschema.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Looks for a witness string: one that a writing alternative accepts and a reader's constraint
 * rejects. Candidates are a fixed set of ordinary strings, samples of the format, and samples
 * written from every pattern of both sides, padded to the writer's lengths. A witness turns a
 * suspected break into a proven one; no witness leaves the question open.
 */
public final class StringCandidates {

  private static final List<String> ORDINARY = List.of("", "a", "A", "0", "aa", "abc", "ABC",
      "Abc", "123", "a b", "a-b", "a_b", "a.b", "-", " ", "é", "zzzzzzzzzz", "0000000000");
  private static final List<String> FORMAT_SAMPLES = List.of("2024-01-31",
      "2024-01-31T12:00:00Z", "12:00:00Z", "123e4567-e89b-12d3-a456-426614174000",
      "a@example.com", "192.168.0.1", "https://example.com/a", "example.com", "P1D");

  private StringCandidates() {}

  /**
   * A string the writer accepts and the test rejects.
   *
   * @param writer the alternative strings are written with
   * @param patterns patterns of both sides, to sample from
   * @param rejects what the reader rejects
   * @return a witness, or empty if none of the candidates is one
   */
  public static Optional<String> witness(Conjunction writer, Collection<String> patterns,
      Predicate<String> rejects) {
    List<JsonNode> listed = Admission.values(writer, Kind.STRING);
    List<String> candidates = new ArrayList<>();
    if (listed != null) {
      listed.forEach(v -> candidates.add(v.textValue()));
    } else {
      candidates.addAll(candidates(writer, patterns));
    }
    for (String candidate : candidates) {
      if (InstanceCheck.accepts(writer.members(), TextNode.valueOf(candidate)) == Truth.TRUE
          && rejects.test(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static Set<String> candidates(Conjunction writer, Collection<String> patterns) {
    Set<String> base = new LinkedHashSet<>(ORDINARY);
    base.addAll(FORMAT_SAMPLES);
    for (SchemaNode member : writer.members()) {
      String pattern = member.text("pattern");
      if (pattern != null) {
        base.addAll(RegexSampler.samples(pattern));
      }
    }
    for (String pattern : patterns) {
      base.addAll(RegexSampler.samples(pattern));
    }
    long least = Disjointness.least(writer, "minLength");
    Set<String> all = new LinkedHashSet<>(base);
    if (least > 0 && least <= 64) {
      for (String sample : base) {
        if (!sample.isEmpty() && sample.length() < least) {
          all.add(sample + String.valueOf(sample.charAt(sample.length() - 1))
              .repeat((int) (least - sample.length())));
        }
      }
      all.add("a".repeat((int) least));
      all.add("0".repeat((int) least));
    }
    return all;
  }
}
