package dev.treaty.protobuf.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a case's {@code buf.yaml} selects: the rules ({@code use}, with categories expanded by the
 * config version's rule table, minus {@code except}; {@code FILE} by default; deprecated ids
 * expanded as buf does), and what it ignores ({@code ignore} paths,
 * {@code ignore_unstable_packages}). These are buf's configuration, not rules: the harness applies
 * them so that each case compares what buf compares.
 */
final class BufConfig {

  private static final Map<String, List<String>> DEPRECATED = Map.of(
      "FIELD_SAME_CTYPE", List.of("FIELD_SAME_CPP_STRING_TYPE"),
      "FIELD_SAME_LABEL", List.of("FIELD_SAME_CARDINALITY", "FIELD_WIRE_COMPATIBLE_CARDINALITY",
          "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY"));
  private static final Set<String> CATEGORIES = Set.of("FILE", "PACKAGE", "WIRE_JSON", "WIRE");
  /** buf's unstable package versions: the last component is v1alpha1, v1p1beta1, v1test... */
  private static final Pattern UNSTABLE = Pattern.compile(
      "(^|.*\\.)v\\d+(p\\d+)?(alpha|beta)\\d*$|(^|.*\\.)v\\d+test\\w*$");

  final Set<String> rules = new LinkedHashSet<>();
  final List<String> ignore;
  final boolean ignoreUnstablePackages;

  BufConfig(JsonNode yaml) {
    String version = yaml.path("version").asText("v1");
    Map<String, Set<String>> table = table(version.equals("v2") ? "v2" : "v1");
    JsonNode breaking = yaml.path("breaking");
    JsonNode use = breaking.path("use");
    List<String> used = use.isMissingNode() ? List.of("FILE") : strings(use);
    for (String id : used) {
      if (CATEGORIES.contains(id)) {
        table.forEach((rule, categories) -> {
          if (categories.contains(id)) {
            rules.add(rule);
          }
        });
      } else {
        rules.addAll(DEPRECATED.getOrDefault(id, List.of(id)));
      }
    }
    for (String id : strings(breaking.path("except"))) {
      rules.removeAll(DEPRECATED.getOrDefault(id, List.of(id)));
    }
    ignore = strings(breaking.path("ignore"));
    ignoreUnstablePackages = breaking.path("ignore_unstable_packages").asBoolean(false);
  }

  /** Whether an annotation on this file, about this package, is ignored. */
  boolean ignores(String file, String pkg) {
    for (String path : ignore) {
      if (file.equals(path) || file.startsWith(path + "/")) {
        return true;
      }
    }
    return ignoreUnstablePackages && UNSTABLE.matcher(pkg).matches();
  }

  private static List<String> strings(JsonNode node) {
    List<String> list = new java.util.ArrayList<>();
    node.forEach(n -> list.add(n.asText()));
    return list;
  }

  /** buf's rule table of a config version: rule id to categories. */
  static Map<String, Set<String>> table(String version) {
    Path file = BufCase.buf().resolve("DERIVED_breaking_rules_" + version + ".txt");
    Map<String, Set<String>> table = new HashMap<>();
    try {
      List<String> lines = Files.readAllLines(file);
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] columns = line.split(" {2,}");
        Set<String> categories = new LinkedHashSet<>();
        for (String category : columns[1].split(", ")) {
          categories.add(category.strip());
        }
        table.put(columns[0], categories);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }
}
