package dev.treaty.internal.jsonschema.rules.string;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;
import static dev.treaty.model.Classification.UNDECIDABLE;

import dev.treaty.internal.jsonschema.compare.Conjunction;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.compare.Regexes;
import dev.treaty.internal.jsonschema.compare.StringCandidates;
import dev.treaty.internal.jsonschema.compare.Truth;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.Classification;
import dev.treaty.model.FieldPath;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Patterns added, removed or replaced. Treaty does not compare regular languages, so a pattern
 * only counts as breaking with a witness (a string the writer accepts and the new pattern
 * rejects) and only as harmless when it provably matches every string (patterns are not
 * anchored: {@code [a-z]*} matches everything). Anything in between is undecidable.
 */
public final class PatternRule implements PairRule {

  @Override
  public Set<Kind> kinds() {
    return Set.of(Kind.STRING);
  }

  @Override
  public void check(Pair pair) {
    Set<String> older = patterns(pair.older());
    Set<String> newer = patterns(pair.newer());
    Set<String> added = new LinkedHashSet<>(newer);
    added.removeAll(older);
    Set<String> removed = new LinkedHashSet<>(older);
    removed.removeAll(newer);
    Set<String> all = new LinkedHashSet<>(older);
    all.addAll(newer);
    String pointer = pair.pointer("pattern");
    if (added.size() == 1 && removed.size() == 1) {
      pointer = pointerOf(pair.newer(), added.iterator().next(), pointer);
      String was = removed.iterator().next();
      String now = added.iterator().next();
      Verdict backward = judge(pair.older(), now, all);
      Verdict forward = judge(pair.newer(), was, all);
      pair.report(JsonSchemaRule.PATTERN_CHANGED, FieldPath.ROOT, pointer, "`" + was + "`",
          "`" + now + "`", Map.of("detail", backward.detail("old", "new") + forward.detail(
              "new", "old")), backward.classification, forward.classification);
      return;
    }
    for (String pattern : added) {
      pair.report(JsonSchemaRule.PATTERN_ADDED, pointerOf(pair.newer(), pattern, pointer), null, "`" + pattern + "`",
          judge(pair.older(), pattern, all).classification, COMPATIBLE);
    }
    for (String pattern : removed) {
      pair.report(JsonSchemaRule.PATTERN_REMOVED, pointerOf(pair.older(), pattern, pointer),
          "`" + pattern + "`", null, COMPATIBLE,
          judge(pair.newer(), pattern, all).classification);
    }
  }

  /** Whether every string the writer accepts matches the pattern. */
  private static Verdict judge(Conjunction writer, String pattern, Set<String> all) {
    if (Regexes.matchesEverything(pattern)) {
      return new Verdict(COMPATIBLE, null);
    }
    Optional<String> witness = StringCandidates.witness(writer, all,
        candidate -> Regexes.find(pattern, candidate) == Truth.FALSE);
    return witness.map(w -> new Verdict(BREAKING, w)).orElse(new Verdict(UNDECIDABLE, null));
  }

  private static @Nullable String pointerOf(Conjunction alternative, String pattern,
      @Nullable String fallback) {
    for (SchemaNode member : alternative.members()) {
      if (pattern.equals(member.text("pattern"))) {
        return member.label("pattern");
      }
    }
    return fallback;
  }

  private static Set<String> patterns(Conjunction alternative) {
    Set<String> patterns = new LinkedHashSet<>();
    for (SchemaNode member : alternative.members()) {
      String pattern = member.text("pattern");
      if (pattern != null) {
        patterns.add(pattern);
      }
    }
    return patterns;
  }

  private record Verdict(Classification classification, @Nullable String witness) {
    String detail(String writer, String reader) {
      return switch (classification) {
        case BREAKING -> "; `" + witness + "` matches the " + writer + " pattern, not the "
            + reader;
        case UNDECIDABLE -> "; Treaty cannot tell whether every string matching the " + writer
            + " pattern matches the " + reader;
        case COMPATIBLE -> "";
      };
    }
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.PATTERN_CHANGED, JsonSchemaRule.PATTERN_ADDED,
        JsonSchemaRule.PATTERN_REMOVED);
  }
}
