package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Arrays for a constraint view: at {@code minItems} and {@code maxItems}, empty and short, a tuple
 * exactly as long as its prefix and one or two items longer, each length once per rotation of the
 * candidate item values, distinct items where {@code uniqueItems} asks, and items satisfying
 * {@code contains} up front.
 */
final class ArrayShapes {

  /** Longer arrays are built only when {@code minItems} demands them. */
  private static final int MAX_CHOSEN_LENGTH = 64;
  private static final int MAX_REQUIRED_LENGTH = 1000;
  private static final int MAX_ROTATIONS = 6;

  private final ConstraintView view;
  private final int depth;
  private final PartSource parts;
  private final boolean unique;

  ArrayShapes(ConstraintView view, int depth, PartSource parts) {
    this.view = view;
    this.depth = depth;
    this.parts = parts;
    this.unique = view.anyTrue("uniqueItems");
  }

  List<JsonNode> build(int limit) {
    int min = view.largest("minItems", 0);
    int max = Math.min(view.smallest("maxItems", Integer.MAX_VALUE), firstForbiddenIndex(min + MAX_CHOSEN_LENGTH));
    if (min > max || min > MAX_REQUIRED_LENGTH) {
      return List.of();
    }
    int prefix = 0;
    for (Site site : view.sites()) {
      prefix = Math.max(prefix, prefix(site).size());
    }
    Set<Integer> lengths = new TreeSet<>();
    if (parts.minimal(depth)) {
      lengths.add(min);
    } else {
      List<Integer> wanted = new ArrayList<>(List.of(min, min + 1, 0, 1, 2, 3, prefix, prefix + 1,
          prefix + 2, max, max - 1));
      // as long as a bound of either schema, and one more
      for (BigDecimal n : parts.vocabulary().numbers()) {
        if (n.scale() <= 0 && n.signum() > 0 && n.compareTo(BigDecimal.valueOf(MAX_CHOSEN_LENGTH)) < 0) {
          wanted.add(n.intValue());
          wanted.add(n.intValue() + 1);
        }
      }
      for (int length : wanted) {
        if (length >= min && length <= max && (length <= MAX_CHOSEN_LENGTH || length == min)) {
          lengths.add(length);
        }
      }
    }
    List<Site> contains = new ArrayList<>();
    for (Site site : view.sites()) {
      if (site.has("contains")) {
        contains.add(site.child("contains"));
      }
    }
    int containing = contains.isEmpty() ? 0 : Math.max(1, view.largest("minContains", 1));
    List<List<JsonNode>> perLength = new ArrayList<>();
    for (int length : lengths) {
      List<JsonNode> arrays = new ArrayList<>();
      int rotations = parts.minimal(depth) ? 1 : Math.min(MAX_ROTATIONS, Math.max(1, itemCount(length)));
      for (int r = 0; r < rotations; r++) {
        add(arrays, assemble(length, r, 0, contains, false));
        if (containing > 0 && length >= containing) {
          add(arrays, assemble(length, r, containing, contains, false));
        }
      }
      if (length >= 2 && !unique && !parts.minimal(depth)) {
        add(arrays, assemble(length, 0, 0, contains, true));
      }
      perLength.add(arrays);
    }
    // every length first, then more rotations of each
    return InstanceGenerator.interleave(perLength, limit);
  }

  private static void add(List<JsonNode> arrays, @Nullable JsonNode array) {
    if (array != null) {
      arrays.add(array);
    }
  }

  private int itemCount(int length) {
    int count = 1;
    for (int i = 0; i < Math.min(length, 3); i++) {
      List<Site> item = itemConjunction(i);
      count = Math.max(count, item.isEmpty() ? AnyValues.ofEveryKind().size() : parts.values(item, depth + 1).size());
    }
    return count;
  }

  /**
   * One array of the given length: item {@code i} is the {@code (rotation + i)}-th candidate of its
   * place (or the first candidate everywhere, when {@code repeated}, for readers that want unique
   * items), the first {@code containing} items also satisfying {@code contains}.
   */
  private @Nullable ArrayNode assemble(int length, int rotation, int containing, List<Site> contains,
      boolean repeated) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    Set<JsonNode> used = new HashSet<>();
    for (int i = 0; i < length; i++) {
      List<Site> item = new ArrayList<>(itemConjunction(i));
      if (i < containing) {
        item.addAll(contains);
      }
      List<JsonNode> values = item.isEmpty() ? AnyValues.ofEveryKind() : parts.values(item, depth + 1);
      if (values.isEmpty()) {
        return null;
      }
      @Nullable JsonNode chosen = null;
      for (int j = 0; j < values.size(); j++) {
        JsonNode candidate = values.get(repeated ? j : (rotation + i + j) % values.size());
        if (!unique || !used.contains(candidate)) {
          chosen = candidate;
          break;
        }
      }
      if (chosen == null) {
        return null;
      }
      used.add(chosen);
      array.add(chosen);
    }
    return array;
  }

  /** The first index no item may occupy (a {@code false} item schema), or the given cap. */
  private int firstForbiddenIndex(int cap) {
    for (int i = 0; i < cap; i++) {
      if (forbidden(i)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private boolean forbidden(int index) {
    for (Site site : view.sites()) {
      Site applying = itemSchema(site, index);
      if (applying != null && applying.isFalse()) {
        return true;
      }
    }
    return false;
  }

  /** The subschemas that apply to the item at an index, from every site of the view. */
  private List<Site> itemConjunction(int index) {
    List<Site> applying = new ArrayList<>();
    boolean evaluated = false;
    for (Site site : view.sites()) {
      Site item = itemSchema(site, index);
      if (item != null) {
        evaluated = true;
        if (!(item.node().isBoolean() && item.node().booleanValue())) {
          applying.add(item);
        }
      }
    }
    if (!evaluated) {
      for (Site site : view.sites()) {
        if (site.has("unevaluatedItems")) {
          applying.add(site.child("unevaluatedItems"));
        }
      }
    }
    return applying;
  }

  /**
   * The subschema one site applies to an index: its prefix entry ({@code prefixItems}, or
   * {@code items} as a list before 2020-12), else what applies after the prefix
   * ({@code items} after {@code prefixItems}, {@code additionalItems} after a list, or
   * {@code items} alone).
   */
  private static @Nullable Site itemSchema(Site site, int index) {
    List<Site> prefix = prefix(site);
    if (index < prefix.size()) {
      return prefix.get(index);
    }
    JsonNode node = site.node();
    if (node.has("prefixItems")) {
      return node.has("items") ? site.child("items") : null;
    }
    if (node.path("items").isArray()) {
      return node.has("additionalItems") ? site.child("additionalItems") : null;
    }
    return node.has("items") ? site.child("items") : null;
  }

  private static List<Site> prefix(Site site) {
    @Nullable String keyword = site.node().path("prefixItems").isArray() ? "prefixItems"
        : site.node().path("items").isArray() ? "items" : null;
    List<Site> prefix = new ArrayList<>();
    if (keyword != null) {
      for (int i = 0; i < site.node().get(keyword).size(); i++) {
        prefix.add(site.child(keyword, i));
      }
    }
    return prefix;
  }
}
