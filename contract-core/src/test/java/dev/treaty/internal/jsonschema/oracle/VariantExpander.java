package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a conjunction of subschemas (all of which an instance must satisfy) into alternatives,
 * each a flat list of subschemas without composition: {@code $ref}s are followed, {@code allOf}
 * branches join the list, and each {@code anyOf}/{@code oneOf} branch and each side of
 * {@code if}/{@code then}/{@code else} opens its own alternative. The generator then builds
 * instances for every alternative, so every branch is represented.
 */
final class VariantExpander {

  /** Enough to cover nested unions; the expansion stops collecting here and spreads its picks. */
  private static final int MAX_COLLECTED = 256;

  private final SchemaDocument document;
  private final int maxVariants;

  VariantExpander(SchemaDocument document, int maxVariants) {
    this.document = document;
    this.maxVariants = maxVariants;
  }

  /**
   * The alternatives of a conjunction, at most {@code maxVariants}, spread evenly over all.
   *
   * @param conjunction subschemas that all apply
   * @return the alternatives; empty if every one contains {@code false}
   */
  List<List<Site>> expand(List<Site> conjunction) {
    List<List<Site>> collected = new ArrayList<>();
    expand(new ArrayList<>(conjunction), new ArrayList<>(), collected);
    if (collected.size() <= maxVariants) {
      return collected;
    }
    List<List<Site>> spread = new ArrayList<>();
    for (int i = 0; i < maxVariants; i++) {
      spread.add(collected.get((int) ((long) i * collected.size() / maxVariants)));
    }
    return spread;
  }

  private void expand(List<Site> queue, List<Site> plain, List<List<Site>> collected) {
    if (collected.size() >= MAX_COLLECTED) {
      return;
    }
    if (queue.isEmpty()) {
      collected.add(List.copyOf(plain));
      return;
    }
    Site site = queue.get(0);
    List<Site> rest = new ArrayList<>(queue.subList(1, queue.size()));
    JsonNode node = site.node();
    if (site.isFalse()) {
      return;
    }
    if (!node.isObject() || contains(plain, site)) {
      expand(rest, plain, collected);
      return;
    }
    List<Site> then = new ArrayList<>();
    Optional<Site> target = referenced(site);
    target.ifPresent(then::add);
    boolean onlyRef = node.has("$ref") && document.draft().refIgnoresSiblings();
    List<Site> nextPlain = new ArrayList<>(plain);
    nextPlain.add(onlyRef ? new Site(site.pointer(), refOnly()) : site);
    if (onlyRef) {
      expand(concat(then, rest), nextPlain, collected);
      return;
    }
    for (int i = 0; i < node.path("allOf").size(); i++) {
      then.add(site.child("allOf", i));
    }
    List<List<Site>> choices = new ArrayList<>();
    choices.add(List.of());
    choices = product(choices, branches(site, "anyOf"));
    choices = product(choices, branches(site, "oneOf"));
    if (node.has("if") && (node.has("then") || node.has("else"))) {
      List<List<Site>> sides = new ArrayList<>();
      sides.add(node.has("then") ? List.of(site.child("if"), site.child("then")) : List.of(site.child("if")));
      sides.add(node.has("else") ? List.of(site.child("else")) : List.of());
      choices = product(choices, sides);
    }
    for (List<Site> choice : choices) {
      expand(concat(concat(then, choice), rest), nextPlain, collected);
    }
  }

  private Optional<Site> referenced(Site site) {
    JsonNode node = site.node();
    Optional<JsonPointer> pointer = Optional.empty();
    if (node.path("$ref").isTextual()) {
      pointer = document.refs().resolve(site.pointer(), node.get("$ref").asText());
    } else if (node.path("$dynamicRef").isTextual()) {
      pointer = Optional.of(document.refs().resolveDynamic(node.get("$dynamicRef").asText()));
    } else if (node.path("$recursiveRef").isTextual()) {
      pointer = Optional.of(JsonPointer.empty());
    }
    return pointer.map(p -> new Site(p, document.node(p)));
  }

  private static List<List<Site>> branches(Site site, String keyword) {
    List<List<Site>> branches = new ArrayList<>();
    for (int i = 0; i < site.node().path(keyword).size(); i++) {
      branches.add(List.of(site.child(keyword, i)));
    }
    return branches;
  }

  private static List<List<Site>> product(List<List<Site>> left, List<List<Site>> right) {
    if (right.isEmpty()) {
      return left;
    }
    List<List<Site>> result = new ArrayList<>();
    for (List<Site> l : left) {
      for (List<Site> r : right) {
        result.add(concat(l, r));
        if (result.size() >= MAX_COLLECTED) {
          return result;
        }
      }
    }
    return result;
  }

  private static List<Site> concat(List<Site> a, List<Site> b) {
    List<Site> joined = new ArrayList<>(a);
    joined.addAll(b);
    return joined;
  }

  private static boolean contains(List<Site> sites, Site site) {
    for (Site s : sites) {
      if (s.pointer().equals(site.pointer())) {
        return true;
      }
    }
    return false;
  }

  /** Stands for a draft-7 {@code $ref} site, whose other keywords the validator ignores. */
  private static JsonNode refOnly() {
    return JsonNodeFactory.instance.objectNode();
  }
}
