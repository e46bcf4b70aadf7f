package dev.treaty.protobuf.internal.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.treaty.protobuf.internal.conformance.BufCase.Annotation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The listed disagreements with buf: buf rules Treaty does not implement (every annotation of
 * theirs is missing), rules whose spans protoc and buf's compiler record with different start
 * columns, cases Treaty cannot run, and single annotations missing or extra. Each has a reason;
 * each must be used, so the list cannot outlive the disagreement.
 */
final class Disagreements {

  private final Map<String, String> rules = new LinkedHashMap<>();
  private final Map<String, String> spans = new LinkedHashMap<>();
  private final Map<String, String> cases = new LinkedHashMap<>();
  private final Map<String, String> annotations = new LinkedHashMap<>();
  private final Set<String> used = new HashSet<>();

  static Disagreements load(Path file) {
    Disagreements listed = new Disagreements();
    try {
      JsonNode root = new YAMLMapper().readTree(file.toFile());
      root.path("rules").properties().forEach(e -> listed.rules.put(e.getKey(),
          reason(e.getKey(), e.getValue())));
      root.path("spans").properties().forEach(e -> listed.spans.put(e.getKey(),
          reason(e.getKey(), e.getValue())));
      root.path("cases").properties().forEach(e -> listed.cases.put(e.getKey(),
          reason(e.getKey(), e.getValue())));
      for (JsonNode entry : root.path("annotations")) {
        String key = key(entry.get("case").asText(), entry.get("kind").asText(),
            entry.get("annotation").asText());
        assertThat(listed.annotations.put(key, reason(key, entry.get("reason"))))
            .as("listed twice: " + key).isNull();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return listed;
  }

  private static String reason(String key, @Nullable JsonNode reason) {
    assertThat(reason).as("reason of " + key).isNotNull();
    assertThat(reason.asText()).as("reason of " + key).isNotBlank();
    return reason.asText();
  }

  Map<String, String> skippedCases() {
    synchronized (used) {
      used.addAll(cases.keySet().stream().map(c -> "case " + c).toList());
    }
    return cases;
  }

  /**
   * Whether a rule's spans are listed as differing by compiler: buf's compiler and protoc record
   * some elements with other start columns.
   */
  boolean spansDiffer(String rule) {
    synchronized (used) {
      if (spans.containsKey(rule)) {
        used.add("spans " + rule);
        return true;
      }
      return false;
    }
  }

  /** The reason a disagreement is listed, or {@code null} when it is not. */
  @Nullable String reason(String caseName, String kind, Annotation annotation) {
    synchronized (used) {
      if (kind.equals("missing") && rules.containsKey(annotation.rule())) {
        used.add("rule " + annotation.rule());
        return rules.get(annotation.rule());
      }
      String key = key(caseName, kind, annotation.toString());
      if (annotations.containsKey(key)) {
        used.add("annotation " + key);
        return annotations.get(key);
      }
      return null;
    }
  }

  void assertAllUsed() {
    Set<String> unused = new HashSet<>();
    rules.keySet().forEach(r -> unused.add("rule " + r));
    spans.keySet().forEach(r -> unused.add("spans " + r));
    cases.keySet().forEach(c -> unused.add("case " + c));
    annotations.keySet().forEach(a -> unused.add("annotation " + a));
    synchronized (used) {
      unused.removeAll(used);
    }
    assertThat(unused).as("listed disagreements that no longer disagree: remove them").isEmpty();
  }

  private static String key(String caseName, String kind, String annotation) {
    return caseName + " " + kind + " " + annotation;
  }
}
